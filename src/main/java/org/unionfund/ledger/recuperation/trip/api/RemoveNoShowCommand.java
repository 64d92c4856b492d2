package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * After settlement: a participant recorded as attending did not travel. Their charge is reversed in the ledger
 * (a reversal referencing the settlement posting) and their worker history releases the funding.
 */
public record RemoveNoShowCommand(
        @TargetAggregateIdentifier TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        String reason,
        LocalDate effectiveDate) {

    public RemoveNoShowCommand {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(correctionId, "correctionId");
        Objects.requireNonNull(participantId, "participantId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
