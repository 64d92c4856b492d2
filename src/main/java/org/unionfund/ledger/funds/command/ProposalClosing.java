package org.unionfund.ledger.funds.command;

import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.WithdrawProposalCommand;

/** Ending a pending proposal without booking: rejected by the next signatory, or withdrawn by its proposer. */
final class ProposalClosing {

    private ProposalClosing() {
    }

    static Decision<LedgerCommandResult> reject(LedgerState state, RejectProposalCommand c) {
        Proposal proposal = state.proposals().require(c.proposalId());
        ApprovalStep step = ProposalApproval.requireMayApprove(proposal, c.by(), "reject");
        return new Decision<>(new ProposalRejectedEvent(c.ledgerId(), c.proposalId(), step, c.by(), c.reason()),
                new LedgerCommandResult(c.proposalId().value(), ProposalRejectedEvent.class.getSimpleName(), null));
    }

    static Decision<LedgerCommandResult> withdraw(LedgerState state, WithdrawProposalCommand c) {
        Proposal proposal = state.proposals().require(c.proposalId());
        if (!proposal.proposer().name().equals(c.by().name())) {
            throw new LedgerRuleViolation("forbidden", "proposalId", "only the proposer "
                    + proposal.proposer().name() + " may withdraw this proposal");
        }
        LedgerCommandResult result = new LedgerCommandResult(c.proposalId().value(),
                ProposalWithdrawnEvent.class.getSimpleName(), null);
        if (Proposal.WITHDRAWN.equals(proposal.status())) {
            return Decision.replay(result);
        }
        if (!proposal.pending()) {
            throw Violations.violation(LedgerRule.PROPOSAL_CLOSED, "proposalId", "the proposal is "
                    + proposal.status() + "; it can no longer be withdrawn");
        }
        return new Decision<>(new ProposalWithdrawnEvent(c.ledgerId(), c.proposalId(), c.by(), c.reason()), result);
    }
}
