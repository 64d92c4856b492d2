package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** One body's share of a shared cost, paid from its line of a fund ({@code earmark} null = unrestricted). */
public record SharedCostShare(BodyId bodyId, FundId fundId, String earmark, Money amount) {

    public SharedCostShare {
        Require.present(bodyId, "bodyId", fundId, "fundId", amount, "amount");
        SafeId.optional(earmark, "earmark");
    }
}
