package org.unionfund.ledger.funds.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Gives the next approval a proposal needs; the last one books the act. {@code approvalId} makes it idempotent. */
public record ApproveProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        String approvalId,
        Signatory approver) {

    public ApproveProposalCommand {
        Require.present(ledgerId, "ledgerId", proposalId, "proposalId");
        org.unionfund.ledger.kernel.SafeId.require(approvalId, "approvalId");
        Require.present(approver, "approver");
    }
}
