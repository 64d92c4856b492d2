package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import org.axonframework.serialization.Revision;

/** A body closed a year; the posting carries every positive fund line into the next year (结转). */
@Revision("1")
public record YearClosedEvent(
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        Posting posting) implements PostingEvent {
}
