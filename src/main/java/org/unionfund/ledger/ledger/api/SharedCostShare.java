package org.unionfund.ledger.ledger.api;

import java.util.Objects;

import org.unionfund.ledger.shared.Money;

/** One body's share of a shared cost, paid from its line of a fund ({@code earmark} null = unrestricted). */
public record SharedCostShare(BodyId bodyId, FundId fundId, String earmark, Money amount) {

    public SharedCostShare {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        Objects.requireNonNull(amount, "amount");
    }
}
