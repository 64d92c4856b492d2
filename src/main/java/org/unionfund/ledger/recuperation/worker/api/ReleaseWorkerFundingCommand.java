package org.unionfund.ledger.recuperation.worker.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/** Takes back a worker's funding for a trip (a no-show found after settlement); it no longer counts. */
public record ReleaseWorkerFundingCommand(
        @TargetAggregateIdentifier WorkerHistoryId historyId,
        TripId tripId,
        ParticipantId participantId,
        CorrectionId correctionId,
        String reason) {

    public ReleaseWorkerFundingCommand {
        Objects.requireNonNull(historyId, "historyId");
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(correctionId, "correctionId");
        Objects.requireNonNull(reason, "reason");
    }
}
