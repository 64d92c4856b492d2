package org.unionfund.ledger.funds.api;

import org.axonframework.serialization.Revision;

/**
 * One approval of a proposal (审核 or 审批). When {@code booked}, it was the last one and the act's own event follows
 * in the same commit.
 */
@Revision("1")
public record ProposalApprovedEvent(
        LedgerId ledgerId,
        ProposalId proposalId,
        String approvalId,
        ApprovalStep step,
        Signatory approver,
        boolean booked) implements ApprovalEvent {
}
