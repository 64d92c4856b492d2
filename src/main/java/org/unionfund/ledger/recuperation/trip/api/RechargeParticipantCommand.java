package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Require;

/** Moves a settled participant's cost to another programme line: a reversal and a new posting. */
public record RechargeParticipantCommand(
        @TargetAggregateIdentifier TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        ProgrammeLine line,
        String reason,
        LocalDate effectiveDate) {

    public RechargeParticipantCommand {
        Require.present(tripId, "tripId", correctionId, "correctionId", participantId, "participantId", line, "line",
                effectiveDate, "effectiveDate");
        Require.text(reason, "reason");
    }
}
