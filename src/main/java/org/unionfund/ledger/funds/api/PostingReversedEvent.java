package org.unionfund.ledger.funds.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * All or part of an original posting was reversed. {@code reversedLegs} names the original legs and amounts;
 * the posting negates them in the original accounts, in the same order.
 */
@Revision("1")
public record PostingReversedEvent(
        LedgerId ledgerId,
        ReversalId reversalId,
        PostingId originalPostingId,
        List<ReversalLeg> reversedLegs,
        String reason,
        boolean correction,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public PostingReversedEvent {
        reversedLegs = List.copyOf(reversedLegs);
    }
}
