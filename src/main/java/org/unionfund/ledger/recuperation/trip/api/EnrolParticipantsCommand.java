package org.unionfund.ledger.recuperation.trip.api;

import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enrols a batch of participants (40–200 is usual, at most 500) on a trip, all or none. */
public record EnrolParticipantsCommand(
        @TargetAggregateIdentifier TripId tripId,
        EnrolmentId enrolmentId,
        List<Participant> participants) {

    public static final int MAX_BATCH = 500;

    public EnrolParticipantsCommand {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
