package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

public record SubsidyGrant(BodyId toBodyId, Money amount) {

    public SubsidyGrant {
        Objects.requireNonNull(toBodyId, "toBodyId");
        Objects.requireNonNull(amount, "amount");
    }
}
