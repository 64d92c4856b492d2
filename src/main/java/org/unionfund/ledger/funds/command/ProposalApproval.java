package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.ApproveProposalCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.Signatory;

/**
 * Giving the next approval of a proposal (审核 / 审批). The last one books the act by running its own decision, in
 * the same unit of work: if a rule now refuses (overdraft, earmark, closed year …) the approval is refused with that
 * rule and nothing is recorded. A retried approval (same approval id) records nothing.
 */
final class ProposalApproval {

    static final String EVENT = ProposalApprovedEvent.class.getSimpleName();

    private ProposalApproval() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, ApproveProposalCommand c) {
        Proposal proposal = state.proposals().require(c.proposalId());
        String id = c.proposalId().value();
        Optional<Proposal.Given> retried = proposal.approvals().stream()
                .filter(given -> given.approvalId().equals(c.approvalId())).findFirst();
        if (retried.isPresent()) {
            if (!retried.get().name().equals(c.approver().name())) {
                throw Violations.violation(LedgerRule.IDEMPOTENCY_CONFLICT, "approvalId", "approval "
                        + c.approvalId() + " was given by someone else");
            }
            return Decision.replay(state.journal().find(Acts.requestId(proposal.act()))
                    .map(entry -> new LedgerCommandResult(id, entry.event(), entry.posting()))
                    .orElse(new LedgerCommandResult(id, EVENT, null)));
        }
        ApprovalStep step = requireMayApprove(proposal, c.approver(), "approve");
        boolean last = proposal.lastStep();
        ProposalApprovedEvent approved = new ProposalApprovedEvent(c.ledgerId(), c.proposalId(), c.approvalId(), step,
                c.approver(), last);
        if (!last) {
            return new Decision<>(approved, new LedgerCommandResult(id, EVENT, null));
        }
        Decision<LedgerCommandResult> booking = Acts.decide(state, proposal.act());
        if (booking.event() == null) {
            throw Violations.violation(LedgerRule.PROPOSAL_CLOSED, "proposalId", "proposal " + id
                    + " was booked already");
        }
        List<Object> followUps = new ArrayList<>();
        followUps.add(booking.event());
        followUps.addAll(booking.followUps());
        return new Decision<>(approved, booking.result(), followUps);
    }

    /**
     * The checks every decision on a pending proposal makes: it is pending, the signatory acts for the proposal's
     * body, is not the proposer, has not signed it yet and holds the role of the next step. Returns that step.
     */
    static ApprovalStep requireMayApprove(Proposal proposal, Signatory signatory, String action) {
        if (!proposal.pending()) {
            throw Violations.violation(LedgerRule.PROPOSAL_CLOSED, "proposalId", "the proposal is "
                    + proposal.status() + "; it can no longer be decided");
        }
        if (!proposal.body().equals(signatory.body())) {
            throw new LedgerRuleViolation("out-of-scope", "proposalId", signatory.role() + " " + signatory.name()
                    + " acts for " + signatory.body() + ", the proposal is of " + proposal.body());
        }
        if (proposal.proposer().name().equals(signatory.name())) {
            throw Violations.violation(LedgerRule.SELF_APPROVAL, "proposalId", signatory.name()
                    + " proposed this and may not " + action + " it");
        }
        if (proposal.approvals().stream().anyMatch(given -> given.name().equals(signatory.name()))) {
            throw Violations.violation(LedgerRule.DUPLICATE_APPROVAL, "proposalId", signatory.name()
                    + " already gave an approval of this proposal; the next one must come from someone else");
        }
        ApprovalStep step = proposal.nextStep();
        if (!step.role().equals(signatory.role())) {
            throw new LedgerRuleViolation("forbidden", "proposalId", "the next step is " + step + ", given by a "
                    + step.role() + "; " + signatory.name() + " is " + signatory.role());
        }
        return step;
    }
}
