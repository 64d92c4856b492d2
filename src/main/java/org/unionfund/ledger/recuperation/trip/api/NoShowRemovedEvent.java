package org.unionfund.ledger.recuperation.trip.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;

/**
 * A participant recorded as attending was found not to have travelled. {@code charge} is what was reversed
 * (null for a self-paying family member); {@code reversal} is the ledger posting that reversed it, referencing
 * {@code originalPostingId}.
 */
@Revision("1")
public record NoShowRemovedEvent(
        TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        ParticipantCharge charge,
        PostingId originalPostingId,
        Posting reversal,
        String reason,
        String requestFingerprint) {
}
