package org.unionfund.ledger.recuperation.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the programme API. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    @Schema(description = "A budget line: an amount of one of the body's fund lines (earmark null = unrestricted)")
    record BudgetLine(
            @NotNull @SafeIdentifier @Schema(example = "ZJ-2025-RECUP") String fundId,
            @SafeIdentifier @Schema(example = "NONPUB-NEWFORM", nullable = true) String earmark,
            @NotNull @YuanAmount @Schema(example = "546000.00") String amount) {

        ProgrammeBudgetLine toLine() {
            return new ProgrammeBudgetLine(new FundId(fundId), earmark, Money.parseYuan(amount));
        }
    }

    @Schema(description = "Opens a recuperation programme and moves its budget to PROGRAMME lines in one commit")
    record OpenProgrammeRequest(
            @SafeIdentifier @Schema(example = "GS-2025-LIAOXIU") String programmeId,
            @NotNull @SafeIdentifier @Schema(example = "330105") String bodyId,
            @NotNull @Schema(example = "2025") Integer year,
            @NotBlank @Size(max = 200) @Schema(example = "拱墅区2025年一线职工疗休养") String name,
            @NotNull @Schema(example = "2500") Integer plannedHeadcount,
            @NotEmpty Set<WorkerCategory> eligibleCategories,
            @NotEmpty @Size(max = 10) @Schema(description = "Trip lengths on offer, days", example = "[3, 1]")
            List<@NotNull Integer> tripDays,
            @NotNull FrequencyRule frequencyRule,
            @YuanAmount @Schema(nullable = true, example = "3000.00") String annualCapPerWorker,
            @NotEmpty @Size(max = 100) @Valid List<BudgetLine> budget,
            @NotNull @Schema(example = "2025-03-01") LocalDate effectiveDate) {
    }

    @Schema(description = "Adds budget to an open programme from the body's fund lines")
    record TopUpRequest(
            @SafeIdentifier @Schema(description = "Request id = ledger posting id", example = "GS-2025-TOPUP-1")
            String topUpId,
            @NotEmpty @Size(max = 100) @Valid List<BudgetLine> lines,
            @NotNull LocalDate effectiveDate) {
    }
}
