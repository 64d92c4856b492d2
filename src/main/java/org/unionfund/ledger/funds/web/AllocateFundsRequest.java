package org.unionfund.ledger.funds.web;

import java.time.LocalDate;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Schema(description = "Money moved from a body's fund line to a body of its strict subtree (补助下级)")
public record AllocateFundsRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "A-2025-330000-330100") @SafeIdentifier String allocationId,
        @Schema(example = "\"330000\"") @NotNull @SafeIdentifier String fromBodyId,
        @Schema(example = "ZJ-2025-RECUP") @NotNull @SafeIdentifier String fundId,
        @Schema(description = "Earmarked line; null = the unrestricted line", example = "NONPUB-NEWFORM")
        @SafeIdentifier String earmark,
        @Schema(example = "\"330100\"") @NotNull @SafeIdentifier String toBodyId,
        @Schema(example = "\"4000000.00\"") @NotNull @YuanAmount String amount,
        @Schema(example = "2025-03-01") @NotNull LocalDate effectiveDate,
        @Schema(description = "Optional matching requirement (资金配套)") @Valid MatchingRequest matching) {

    @Schema(description = "The receiver must commit ratioBasisPoints/10000 of the amount (10000 = 1:1) of its own "
            + "money by the end of the deadline day (Asia/Shanghai)")
    public record MatchingRequest(
            @Schema(example = "10000") @NotNull Integer ratioBasisPoints,
            @Schema(example = "2025-06-30") @NotNull LocalDate deadline) {
    }
}
