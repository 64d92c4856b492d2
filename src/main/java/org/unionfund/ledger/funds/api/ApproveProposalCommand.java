package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the next approval a proposal needs; the last one books the act. {@code approvalId} makes it idempotent. */
public record ApproveProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        String approvalId,
        Signatory approver) {

    public ApproveProposalCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(proposalId, "proposalId");
        org.unionfund.ledger.kernel.SafeId.require(approvalId, "approvalId");
        Objects.requireNonNull(approver, "approver");
    }
}
