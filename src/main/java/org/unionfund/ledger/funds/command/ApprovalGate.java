package org.unionfund.ledger.funds.command;

import java.util.List;
import java.util.Optional;

import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.ProposedAct;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/**
 * Maker-checker in front of the money acts: the act is decided as always (so a proposal is refused by the same
 * rules); if the acting body's policy in force on the act's date asks for approvals, a proposal is recorded instead
 * of the booking. A repeated request finds its proposal (or its booking) and records nothing.
 */
final class ApprovalGate {

    static final String PROPOSED = ActProposedEvent.class.getSimpleName();

    private ApprovalGate() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, Object command, Signatory proposer) {
        ProposedAct act = ProposedAct.of(command);
        PostingId id = Acts.requestId(act);
        Optional<Proposal> earlier = state.proposals().find(id.value());
        if (earlier.isPresent() && state.journal().find(id).isEmpty()) {
            if (!earlier.get().fingerprint().equals(Fingerprint.of(command))) {
                throw Violations.violation(LedgerRule.IDEMPOTENCY_CONFLICT, "proposalId", "id " + id
                        + " was already used for a different proposal");
            }
            return Decision.replay(new LedgerCommandResult(id.value(), PROPOSED, null));
        }
        Decision<LedgerCommandResult> booking = Acts.decide(state, act);
        if (booking.event() == null) {
            return booking;
        }
        PostingEvent booked = (PostingEvent) booking.event();
        Posting preview = booked.posting();
        BodyId body = actingBody(act, proposer, preview);
        Money amount = ApprovalRule.amountOf(preview);
        List<ApprovalStep> steps = state.approvals().stepsFor(act.kind(), body, preview.effectiveDate(), amount);
        if (steps.isEmpty()) {
            return booking;
        }
        return new Decision<>(new ActProposedEvent(booked.ledgerId(), new ProposalId(id.value()), act.kind(),
                act, body, amount, proposer, steps, preview, Fingerprint.of(command)), new LedgerCommandResult(id.value(), PROPOSED, null));
    }

    /** The body the proposer acts for; without one (the system), the body the act belongs to. */
    private static BodyId actingBody(ProposedAct act, Signatory proposer, Posting preview) {
        if (proposer.body() != null) {
            return proposer.body();
        }
        return switch (act.kind()) {
            case ESTABLISH_FUND -> act.establishFund().bodyId();
            case ALLOCATION -> act.allocation().fromBodyId();
            case ALLOCATION_DOCUMENT -> act.allocationDocument().fromBodyId();
            case SUBSIDY_BATCH -> act.subsidyBatch().fromBodyId();
            case YEAR_CLOSE -> act.yearClose().bodyId();
            case SHARED_COST, REVERSAL -> preview.legs().get(0).account().body();
        };
    }
}
