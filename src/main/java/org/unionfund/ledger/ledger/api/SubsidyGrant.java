package org.unionfund.ledger.ledger.api;

import java.util.Objects;

import org.unionfund.ledger.shared.Money;

public record SubsidyGrant(BodyId toBodyId, Money amount) {

    public SubsidyGrant {
        Objects.requireNonNull(toBodyId, "toBodyId");
        Objects.requireNonNull(amount, "amount");
    }
}
