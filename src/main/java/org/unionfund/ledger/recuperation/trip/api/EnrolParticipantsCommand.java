package org.unionfund.ledger.recuperation.trip.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Enrols a batch of participants (40–200 is usual, at most 500) on a trip, all or none. */
public record EnrolParticipantsCommand(
        @TargetAggregateIdentifier TripId tripId,
        EnrolmentId enrolmentId,
        List<Participant> participants) {

    public static final int MAX_BATCH = 500;

    public EnrolParticipantsCommand {
        Require.present(tripId, "tripId", enrolmentId, "enrolmentId");
        participants = Require.list(participants);
    }
}
