package org.unionfund.ledger.ledger.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The matching requirement of one allocation. {@code required} is what the receiver owes now (lowered by reversals
 * of the allocation); {@code committedOnTime} / {@code committedLate} sum the commitments net of their reversals.
 * {@code outcome} is OPEN until the deadline evaluation, then MET or SHORTFALL with the figures the evaluation
 * recorded in {@code evaluation}.
 */
public record MatchingStatusView(String ledgerId, String allocationId, String fromBodyId, String toBodyId,
        String fundId, String earmark, String allocated, int ratioBasisPoints, LocalDate deadline, String required,
        String committedOnTime, String committedLate, List<Commitment> commitments, String outcome,
        Evaluation evaluation) {

    public record Commitment(String commitmentId, String amount, LocalDate effectiveDate, boolean late) {
    }

    public record Evaluation(String required, String committedByDeadline, String shortfall, String evaluatedAt) {
    }
}
