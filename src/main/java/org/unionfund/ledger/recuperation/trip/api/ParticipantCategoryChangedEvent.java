package org.unionfund.ledger.recuperation.trip.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.WorkerCategory;

/** A participant's category was corrected; projections re-count the participant under the new category. */
@Revision("1")
public record ParticipantCategoryChangedEvent(
        TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        WorkerCategory fromCategory,
        NewFormSubtype fromSubtype,
        WorkerCategory toCategory,
        NewFormSubtype toSubtype,
        String reason,
        String requestFingerprint) {
}
