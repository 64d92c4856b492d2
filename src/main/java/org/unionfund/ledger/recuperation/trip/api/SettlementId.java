package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of a trip settlement; it is also the id of the settlement posting in the ledger. */
public record SettlementId(String value) implements SafeId {

    public SettlementId {
        SafeId.require(value, "settlementId");
    }

    @Override
    public String toString() {
        return value;
    }
}
