package org.unionfund.ledger.recuperation.trip.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;

/**
 * A participant's cost moved from one programme line to another: {@code reversal} takes it back from the posting
 * {@code originalPostingId}, {@code charge} books it on the new line; both reference the original.
 */
@Revision("1")
public record ParticipantRechargedEvent(
        TripId tripId,
        CorrectionId correctionId,
        ParticipantId participantId,
        ProgrammeLine fromLine,
        ProgrammeLine toLine,
        Money amount,
        PostingId originalPostingId,
        Posting reversal,
        Posting charge,
        String reason,
        String requestFingerprint) {
}
