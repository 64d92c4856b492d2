package org.unionfund.ledger.funds.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The matching requirement of one allocation. {@code required} is what the receiver owes now (lowered by reversals
 * of the allocation); {@code committedOnTime} / {@code committedLate} sum the commitments net of their reversals.
 * {@code outcome} is OPEN until the deadline evaluation, then MET or SHORTFALL with the figures the evaluation
 * recorded in {@code evaluation} — for a document, revised by late-recorded on-time commitments ({@code revisions}).
 * {@code documentNumber} (文号), {@code title} and {@code scope} are null for a one-line allocation.
 */
public record MatchingStatusView(String ledgerId, String allocationId, String fromBodyId, String toBodyId,
        String fundId, String earmark, String allocated, int ratioBasisPoints, LocalDate deadline, String required,
        String committedOnTime, String committedLate, List<Commitment> commitments, String outcome,
        Evaluation evaluation, String documentNumber, String title, String scope, List<Revision> revisions) {

    public record Commitment(String commitmentId, String bodyId, String amount, LocalDate effectiveDate,
            boolean late) {
    }

    /**
     * A revision of the outcome by a commitment recorded after the evaluation but effective by the deadline, or by
     * reversal {@code reversedBy} of the on-time commitment {@code causedBy} (null otherwise), or of the document
     * itself ({@code causedBy} is then the document's id; its lowered requirement is in {@code evaluation}).
     */
    public record Revision(int revision, int revises, String causedBy, String outcome, String committedByDeadline,
            String shortfall, String reversedBy) {
    }

    public record Evaluation(String required, String committedByDeadline, String shortfall, String evaluatedAt) {
    }
}
