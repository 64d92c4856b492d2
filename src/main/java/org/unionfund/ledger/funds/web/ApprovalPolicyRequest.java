package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A version of a body's approval policy: for each act kind, above which amount which approvals are needed. */
public record ApprovalPolicyRequest(
        @Schema(example = "2025-02-01") @NotNull LocalDate validFrom,
        @NotNull @Size(max = 50) List<@Valid @NotNull Rule> rules) {

    /** {@code above} in yuan (null: any amount); {@code steps} in order, e.g. [REVIEW, APPROVE]; empty: direct. */
    public record Rule(
            @Schema(example = "ALLOCATION") @NotNull ActKind act,
            @Schema(example = "\"50000.00\"") @YuanAmount String above,
            @NotNull @Size(max = 5) List<@NotNull ApprovalStep> steps) {
    }
}
