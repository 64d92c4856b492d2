package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(tripId, "tripId", correctionId, "correctionId", participantId, "participantId",
                effectiveDate, "effectiveDate");
        Require.text(reason, "reason");
    }
}
