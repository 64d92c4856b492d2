package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of a correction of a trip; it is also the id of its reversal posting in the ledger. */
public record CorrectionId(String value) implements SafeId {

    public CorrectionId {
        SafeId.require(value, "correctionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
