package org.unionfund.ledger.recuperation.trip.api;

import java.util.Objects;

import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;

/** A participant who actually travelled, and the programme line to charge ({@code null} = the default line). */
public record AttendeeFunding(ParticipantId participantId, ProgrammeLine line) {

    public AttendeeFunding {
        Objects.requireNonNull(participantId, "participantId");
    }
}
