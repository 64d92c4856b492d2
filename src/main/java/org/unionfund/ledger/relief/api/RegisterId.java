package org.unionfund.ledger.relief.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.BodyId;

/** The eligible-worker register of one body and year; {@link #toString()} is its aggregate identifier. */
public record RegisterId(BodyId bodyId, int year) {

    public RegisterId {
        Objects.requireNonNull(bodyId, "bodyId");
    }

    @Override
    public String toString() {
        return "relief-register:" + bodyId.value() + ":" + year;
    }
}
