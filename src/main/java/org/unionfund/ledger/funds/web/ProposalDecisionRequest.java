package org.unionfund.ledger.funds.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * Body of an approval, rejection or withdrawal. {@code approvalId} (or the Idempotency-Key header) makes an approval
 * idempotent; {@code reason} is required for a rejection (退回理由).
 */
public record ProposalDecisionRequest(
        @Schema(example = "R-2025-0001") @Size(max = 64) String approvalId,
        @Schema(example = "缺少拨款文号") @Size(max = 500) String reason) {
}
