package org.unionfund.ledger.funds.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;

/**
 * A correction booked into a sealed year after its seal: recorded beside the correction's own posting event so
 * the seal's statement lists it ("corrections after the seal"); the sealed figures themselves never change.
 */
@Revision("1")
public record SealedYearCorrectedEvent(
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        String sealId,
        PostingId correctionPostingId,
        PostingId originalPostingId,
        String reason) {
}
