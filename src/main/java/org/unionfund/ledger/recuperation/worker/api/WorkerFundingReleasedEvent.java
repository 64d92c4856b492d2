package org.unionfund.ledger.recuperation.worker.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/** A worker's funding for a trip was taken back by a correction; it counts for no rule any more. */
@Revision("1")
public record WorkerFundingReleasedEvent(
        WorkerHistoryId historyId,
        TripId tripId,
        ParticipantId participantId,
        CorrectionId correctionId,
        int year,
        Money amount,
        String reason) {
}
