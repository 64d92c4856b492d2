package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

/** One body's share of a shared cost, paid from its line of a fund ({@code earmark} null = unrestricted). */
public record SharedCostShare(BodyId bodyId, FundId fundId, String earmark, Money amount) {

    public SharedCostShare {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        Objects.requireNonNull(amount, "amount");
    }
}
