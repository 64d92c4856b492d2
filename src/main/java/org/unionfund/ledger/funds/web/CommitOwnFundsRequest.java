package org.unionfund.ledger.funds.web;

import java.time.LocalDate;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(description = "A body of the document's region commits own money towards its matching requirement")
public record CommitOwnFundsRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "C-330203-2025-1") @SafeIdentifier String commitmentId,
        @Schema(description = "The committing body: the receiver or, for scope REGION, a body below it",
                example = "\"330203\"") @NotNull @SafeIdentifier String bodyId,
        @Schema(description = "Own-money fund the money enters; default OWN-<bodyId>-<year>")
        @SafeIdentifier String fundId,
        @Schema(example = "\"900000.00\"") @NotNull @YuanAmount String amount,
        @Schema(description = "Business date judged against the deadline", example = "2025-09-15")
        @NotNull LocalDate effectiveDate) {
}
