package org.unionfund.ledger.relief.web;

import org.unionfund.ledger.funds.query.PostingView;
import org.unionfund.ledger.relief.api.ReliefResult;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Result of a relief command: the campaign, the request id, its event and the ledger posting")
public record ReliefResponse(String campaignId, String requestId, String event, PostingView posting) {

    static ReliefResponse of(ReliefResult result) {
        return new ReliefResponse(result.campaignId(), result.requestId(), result.event(),
                PostingView.of(result.posting()));
    }
}
