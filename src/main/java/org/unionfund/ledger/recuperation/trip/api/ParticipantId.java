package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.SafeId;

/** A participant of one trip, chosen by the client or derived from the worker pseudonym. */
public record ParticipantId(String value) implements SafeId {

    public ParticipantId {
        SafeId.require(value, "participantId");
    }

    @Override
    public String toString() {
        return value;
    }
}
