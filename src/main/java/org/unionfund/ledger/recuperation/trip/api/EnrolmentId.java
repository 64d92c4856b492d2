package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of one bulk enrolment request of a trip (idempotency key). */
public record EnrolmentId(String value) implements SafeId {

    public EnrolmentId {
        SafeId.require(value, "enrolmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
