package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * One line of an allocation document (拨款文件): an amount taken from one fund line of the sender — an earmarked line
 * ({@code earmark} set), the unrestricted line of a fund received from above, or the sender's own money.
 */
public record AllocationLine(FundId fundId, String earmark, Money amount) {

    public AllocationLine {
        Require.present(fundId, "fundId", amount, "amount");
        SafeId.optional(earmark, "earmark");
    }
}
