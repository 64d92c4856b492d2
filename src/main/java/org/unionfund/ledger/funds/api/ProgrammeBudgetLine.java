package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** An amount of one fund line of a body ({@code earmark} null = the unrestricted line) set aside for a programme. */
public record ProgrammeBudgetLine(FundId fundId, String earmark, Money amount) {

    public ProgrammeBudgetLine {
        Require.present(fundId, "fundId", amount, "amount");
        SafeId.optional(earmark, "earmark");
    }
}
