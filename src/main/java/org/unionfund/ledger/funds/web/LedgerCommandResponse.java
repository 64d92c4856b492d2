package org.unionfund.ledger.funds.web;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.query.PostingView;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a ledger command did ({@code LedgerCommandResult}) with amounts as yuan strings: the request id, the event
 * recorded and the posting (null for a body registration). A repeated request returns the very same body.
 */
@Schema(description = "Result of a ledger command: request id, event recorded and the posting with its legs")
public record LedgerCommandResponse(
        @Schema(description = "Ledger (root body id) that recorded the command", example = "\"330000\"") String ledgerId,
        @Schema(description = "The request id (= posting id)", example = "A-2025-330000-330100") String id,
        @Schema(description = "Simple name of the recorded event", example = "FundsAllocatedEvent") String event,
        @Schema(description = "The posting; null for a body registration") PostingView posting) {

    static LedgerCommandResponse of(String ledgerId, LedgerCommandResult result) {
        return new LedgerCommandResponse(ledgerId, result.id(), result.event(), PostingView.of(result.posting()));
    }
}
