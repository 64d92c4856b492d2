package org.unionfund.ledger.funds.query;

import java.util.List;

/**
 * A booked posting: the event that recorded it, its legs, the posting it reverses (for a reversal) and the
 * reversals made of it so far; {@code approval}: who proposed, reviewed and approved it and when (null when it was
 * booked directly, without maker-checker).
 */
public record LedgerPostingView(String ledgerId, String event, PostingView posting, String reverses,
        List<String> reversedBy, ApprovalTrail approval) {
}
