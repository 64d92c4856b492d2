package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;

/** Moves a settled participant's cost to another programme line: a reversal and a new posting. */
public record RechargeParticipantCommand(
        @TargetAggregateIdentifier TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        ProgrammeLine line,
        String reason,
        LocalDate effectiveDate) {

    public RechargeParticipantCommand {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(correctionId, "correctionId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(line, "line");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
