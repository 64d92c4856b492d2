package org.unionfund.ledger.trip.api;

import org.unionfund.ledger.ledger.api.SafeId;

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
