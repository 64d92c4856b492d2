package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(tripId, "tripId", correctionId, "correctionId", participantId, "participantId",
                category, "category", effectiveDate, "effectiveDate");
        Require.text(reason, "reason");
    }
}
