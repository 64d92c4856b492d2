package org.unionfund.ledger.recuperation.standard.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of one standard (one value from one date on). */
public record StandardId(String value) implements SafeId {

    public StandardId {
        SafeId.require(value, "standardId");
    }

    @Override
    public String toString() {
        return value;
    }
}
