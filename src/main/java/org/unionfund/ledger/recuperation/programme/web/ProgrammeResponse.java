package org.unionfund.ledger.recuperation.programme.web;

import org.unionfund.ledger.funds.query.PostingView;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeResult;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Result of a programme command: the programme, the request id, its event and the ledger posting")
public record ProgrammeResponse(String programmeId, String requestId, String event, PostingView posting) {

    static ProgrammeResponse of(ProgrammeResult result) {
        return new ProgrammeResponse(result.programmeId(), result.requestId(), result.event(),
                PostingView.of(result.posting()));
    }
}
