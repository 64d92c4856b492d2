package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "A programme fund of a body for a year, from the body's own budget, with earmarked lines")
public record EstablishFundRequest(
        @Schema(description = "Client id of the fund (also its posting id); optional when the Idempotency-Key "
                + "header carries it", example = "ZJ-2025-RECUP") @SafeIdentifier String fundId,
        @Schema(example = "\"330000\"") @NotNull @SafeIdentifier String bodyId,
        @Schema(example = "2025") @NotNull Integer year,
        @Schema(description = "RECUPERATION, SOCIAL_WORKER_PAY, WINTER_RELIEF, FIXED_SUBSIDY, OTHER or any safe code",
                example = "RECUPERATION") @NotNull @SafeIdentifier String purpose,
        @Schema(description = "Yuan, at most two decimals", example = "\"20000000.00\"") @NotNull @YuanAmount String total,
        @Valid @Size(max = 50) List<EarmarkRequest> earmarks,
        @Schema(example = "2025-01-10") @NotNull LocalDate effectiveDate,
        @Schema(description = "Display name; optional (shown as <body> <year> <purpose> when absent)",
                example = "浙江省总工会2025年职工疗休养资金") @Size(max = 200) String name) {

    @Schema(description = "An earmarked line (专项) of the fund and who it may pay for")
    public record EarmarkRequest(
            @Schema(example = "NONPUB-NEWFORM") @NotNull @SafeIdentifier String code,
            @Schema(example = "\"10000000.00\"") @NotNull @YuanAmount String amount,
            @NotNull @Valid EligibilityRequest eligibility) {
    }

    @Schema(description = "A participant fits if its employer ownership OR its worker category is listed")
    public record EligibilityRequest(Set<EmployerOwnership> ownerships, Set<WorkerCategory> categories) {
    }
}
