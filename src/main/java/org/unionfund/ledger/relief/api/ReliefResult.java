package org.unionfund.ledger.relief.api;

import org.unionfund.ledger.funds.api.Posting;

/** What a relief command did: the campaign, the request id, the event recorded and the ledger posting it made. */
public record ReliefResult(String campaignId, String requestId, String event, Posting posting) {
}
