package org.unionfund.ledger.funds.query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who proposed (经办), reviewed (审核) and approved (审批) a booked posting, and when (UTC instants): what auditors see
 * beside a posting booked through maker-checker. Null where a posting was booked directly.
 */
public record ApprovalTrail(ProposalView.Signed proposer, List<ProposalView.Signed> approvals) {

    /** The events (simple names) that book an act a proposal may hold; no other posting has a trail. */
    public static final Set<String> BOOKING_EVENTS = Set.of("FundEstablishedEvent", "FundsAllocatedEvent",
            "AllocationDocumentIssuedEvent", "FixedSubsidiesGrantedEvent", "SharedCostPostedEvent",
            "PostingReversedEvent", "YearClosedEvent");

    public ApprovalTrail {
        approvals = List.copyOf(approvals);
    }

    /** The signers of one step ({@code REVIEW} or {@code APPROVE}), comma-separated; empty when none. */
    public String signers(String step) {
        return approvals.stream().filter(a -> step.equals(a.step())).map(ProposalView.Signed::name)
                .collect(Collectors.joining(", "));
    }

    /** One line: "经办 zj-clerk；审核 zj-reviewer；审批 zj-chair" (the steps given, in order). */
    public String chinese() {
        return Stream.concat(Stream.of("经办 " + proposer.name()), approvals.stream().map(a ->
                ("APPROVE".equals(a.step()) ? "审批 " : "审核 ") + a.name())).collect(Collectors.joining("；"));
    }
}
