package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;

/**
 * Corrects a participant's worker category. When the participant is charged to an earmarked line the new
 * category does not fit, the change is refused ({@code earmark-violation}) unless {@code rechargeTo} names the
 * line the cost moves to (reversal and new posting, in the same commit).
 */
public record ChangeParticipantCategoryCommand(
        @TargetAggregateIdentifier TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        WorkerCategory category,
        NewFormSubtype newFormSubtype,
        ProgrammeLine rechargeTo,
        String reason,
        LocalDate effectiveDate) {

    public ChangeParticipantCategoryCommand {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(correctionId, "correctionId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(category, "category");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
