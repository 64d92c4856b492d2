package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of a trip; {@link #toString()} (prefixed "trip:") is its aggregate identifier in the event store. */
public record TripId(String value) implements SafeId {

    public TripId {
        SafeId.require(value, "tripId");
    }

    @Override
    public String toString() {
        return "trip:" + value;
    }
}
