package org.unionfund.ledger.relief.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;
import org.unionfund.ledger.relief.api.GroupCount;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.TermKind;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the relief API. */
final class ReliefRequests {

    private ReliefRequests() {
    }

    @Schema(description = "An amount of one of the body's fund lines (earmark null = unrestricted)")
    record BudgetLine(@NotNull @SafeIdentifier @Schema(example = "BJ-2021-SWN") String fundId,
            @SafeIdentifier @Schema(nullable = true) String earmark,
            @NotNull @YuanAmount @Schema(example = "1500000.00") String amount) {

        ProgrammeBudgetLine toLine() {
            return new ProgrammeBudgetLine(new FundId(fundId), earmark, Money.parseYuan(amount));
        }
    }

    @Schema(description = "A group of the campaign's catalogue")
    record GroupRequest(@NotNull @SafeIdentifier @Schema(example = "REGISTERED_HARDSHIP") String code,
            @NotBlank @Size(max = 100) @Schema(example = "建档困难职工") String nameZh,
            @Size(max = 200) String nameEn, @NotNull WorkerCategory category) {

        ReliefGroup toGroup() {
            return new ReliefGroup(code, nameZh, nameEn, category);
        }
    }

    @Schema(description = "The standard or cap per person of a group from a date on")
    record TermRequest(@NotNull @SafeIdentifier @Schema(example = "REGISTERED_HARDSHIP") String group,
            @NotNull TermKind kind, @NotNull @YuanAmount @Schema(example = "1000.00") String amount,
            @NotNull @Schema(example = "2021-01-01") LocalDate effectiveFrom) {

        GroupTerm toTerm() {
            return new GroupTerm(group, kind, Money.parseYuan(amount), effectiveFrom);
        }
    }

    @Schema(description = "Opens a relief campaign and moves its budget to the campaign's lines in one commit")
    record OpenCampaignRequest(
            @SafeIdentifier @Size(max = 48) @Schema(example = "CY-2021-SWN") String campaignId,
            @Schema(description = "RELIEF (default), SCREENING or SUBSIDY") ReliefKind kind,
            @NotNull @SafeIdentifier @Schema(example = "110105") String bodyId,
            @NotNull @Schema(example = "2021") Integer year,
            @NotBlank @Size(max = 200) @Schema(example = "朝阳区2021年元旦春节送温暖") String name,
            @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
            @Size(max = 50) @Valid @Schema(description = "Omitted = the 8 groups of the Beijing 2021 notice")
            List<GroupRequest> groups,
            @Size(max = 200) @Valid @Schema(description = "Standard or cap per group; none for a SCREENING")
            List<TermRequest> terms,
            @Min(1) @Schema(nullable = true, description = "SCREENING only: places the budget buys", example = "1113")
            Integer places,
            @Min(1) @Schema(description = "How often one person may receive; omitted = once per campaign")
            Integer paymentsPerPerson,
            @NotEmpty @Size(max = 20) @Valid List<BudgetLine> budget,
            @NotNull LocalDate effectiveDate) {
    }

    @Schema(description = "Pays 慰问金 (CASH) or gives 慰问品 (GOODS) to one person; the id number is pseudonymised at once")
    record PayRequest(
            @SafeIdentifier @Schema(example = "CY-P-0001") String paymentId,
            @NotBlank @Size(max = 64) @Schema(description = "Identity number; never stored") String idNumber,
            @Size(max = 32) @Schema(nullable = true, description = "Identifier scheme; omitted = CN_RID") String idScheme,
            @NotNull @SafeIdentifier @Schema(example = "REGISTERED_HARDSHIP") String group,
            @NotNull ReliefForm form,
            @Size(max = 200) @Schema(nullable = true, example = "米面油") String goods,
            @YuanAmount @Schema(nullable = true, description = "Omitted = the group's standard") String amount,
            @NotNull EmployerOwnership ownership,
            @NotNull @Schema(example = "2021-01-20") LocalDate paidOn,
            @SafeIdentifier @Schema(nullable = true) String fundId,
            @SafeIdentifier @Schema(nullable = true) String earmark) {
    }

    @Schema(description = "Reverses a payment whole; a right payment is then a new one")
    record ReverseRequest(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }

    @Schema(description = "Workers on a body's register per group for a year (the denominator of coverage)")
    record RegisterRequest(@SafeIdentifier String registrationId, @NotNull Integer year,
            @NotEmpty @Size(max = 50) @Valid List<CountRequest> counts) {
    }

    record CountRequest(@NotNull @SafeIdentifier String group, @NotNull @Min(0) Long count) {

        GroupCount toCount() {
            return new GroupCount(group, count);
        }
    }
}
