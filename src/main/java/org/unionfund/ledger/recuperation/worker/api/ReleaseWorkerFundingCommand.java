package org.unionfund.ledger.recuperation.worker.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.kernel.Require;

/** Takes back a worker's funding for a trip (a no-show found after settlement); it no longer counts. */
public record ReleaseWorkerFundingCommand(
        @TargetAggregateIdentifier WorkerHistoryId historyId,
        TripId tripId,
        ParticipantId participantId,
        CorrectionId correctionId,
        String reason) {

    public ReleaseWorkerFundingCommand {
        Require.present(historyId, "historyId", tripId, "tripId", participantId, "participantId",
                correctionId, "correctionId", reason, "reason");
    }
}
