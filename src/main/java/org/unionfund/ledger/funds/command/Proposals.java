package org.unionfund.ledger.funds.command;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.platform.eventstore.FieldState;

/** Every proposal of the ledger by id (the id of the act proposed), in every status. */
@FieldState
final class Proposals {

    private LinkedHashMap<String, Proposal> proposals = new LinkedHashMap<>();

    Optional<Proposal> find(ProposalId id) {
        return Optional.ofNullable(proposals.get(id.value()));
    }

    Optional<Proposal> find(String id) {
        return Optional.ofNullable(proposals.get(id));
    }

    Proposal require(ProposalId id) {
        return find(id).orElseThrow(() -> Violations.violation(LedgerRule.UNKNOWN_PROPOSAL, "proposalId",
                "proposal " + id + " is not in this ledger"));
    }

    void on(ActProposedEvent e) {
        proposals.put(e.proposalId().value(), Proposal.of(e));
    }

    void on(ProposalApprovedEvent e) {
        proposals.computeIfPresent(e.proposalId().value(), (id, p) -> p.approved(
                new Proposal.Given(e.approvalId(), e.step(), e.approver().name()), e.booked()));
    }

    void on(ProposalRejectedEvent e) {
        proposals.computeIfPresent(e.proposalId().value(), (id, p) -> p.closed(Proposal.REJECTED));
    }

    void on(ProposalWithdrawnEvent e) {
        proposals.computeIfPresent(e.proposalId().value(), (id, p) -> p.closed(Proposal.WITHDRAWN));
    }
}
