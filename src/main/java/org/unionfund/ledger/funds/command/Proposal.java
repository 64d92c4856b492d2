package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.ProposedAct;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.kernel.BodyId;

/** A proposal as the ledger decides with it: what, by whom, which approvals it needs and which it has. */
record Proposal(ProposedAct act, BodyId body, Signatory proposer, List<ApprovalStep> steps,
        List<Given> approvals, String status, String fingerprint) {

    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    /** One approval given: its id (for retries), the step and who gave it. */
    record Given(String approvalId, ApprovalStep step, String name) {
    }

    Proposal {
        steps = List.copyOf(steps);
        approvals = List.copyOf(approvals);
    }

    static Proposal of(ActProposedEvent e) {
        return new Proposal(e.act(), e.bodyId(), e.proposer(), e.steps(), List.of(), PENDING, e.requestFingerprint());
    }

    boolean pending() {
        return PENDING.equals(status);
    }

    ApprovalStep nextStep() {
        return steps.get(approvals.size());
    }

    boolean lastStep() {
        return approvals.size() == steps.size() - 1;
    }

    Proposal approved(Given given, boolean booked) {
        List<Given> all = new ArrayList<>(approvals);
        all.add(given);
        return new Proposal(act, body, proposer, steps, all, booked ? APPROVED : PENDING, fingerprint);
    }

    Proposal closed(String newStatus) {
        return new Proposal(act, body, proposer, steps, approvals, newStatus, fingerprint);
    }
}
