package org.unionfund.ledger.funds.web;

import java.time.LocalDate;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(description = "The receiver of an allocation commits own money against its matching requirement")
public record CommitMatchingFundsRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "M-330100-2025-1") @SafeIdentifier String commitmentId,
        @Schema(example = "\"3000000.00\"") @NotNull @YuanAmount String amount,
        @Schema(example = "2025-06-20") @NotNull LocalDate effectiveDate) {
}
