package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "One cost shared by several bodies of one ledger, each paying its share from its own fund "
        + "line, all in one posting")
public record PostSharedCostRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "SW-2025-01") @SafeIdentifier String postingId,
        @Schema(example = "社会工作者工资 2025年1月") @NotBlank @Size(max = 500) String description,
        @Schema(example = "SOCIAL_WORKER_PAY") @NotNull @SafeIdentifier String expenseCategory,
        @Schema(example = "2025-01-31") @NotNull LocalDate effectiveDate,
        @NotEmpty @Size(max = 1000) @Valid List<ShareRequest> legs) {

    public record ShareRequest(
            @Schema(example = "\"210200\"") @NotNull @SafeIdentifier String bodyId,
            @Schema(example = "DL-2025-SW") @NotNull @SafeIdentifier String fundId,
            @SafeIdentifier String earmark,
            @Schema(example = "\"60000.00\"") @NotNull @YuanAmount String amount) {
    }
}
