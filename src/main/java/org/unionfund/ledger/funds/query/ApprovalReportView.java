package org.unionfund.ledger.funds.query;

import java.util.List;

/**
 * The auditors' approval report of a ledger: approvals by person, and every booking a policy in force asked approvals
 * for, with who proposed and approved it. {@code withoutApproval} must be 0; bookings recorded before the policy was
 * adopted (a policy dated back) are {@code BEFORE_POLICY}.
 */
public record ApprovalReportView(String ledgerId, List<Person> people, List<Booking> bookings, int withoutApproval,
        int beforePolicy) {

    /** What one person did: proposals made, reviews and approvals given, rejections, withdrawals. */
    public record Person(String name, String role, int proposed, int reviewed, int approved, int rejected,
            int withdrawn) {
    }

    /** {@code status}: APPROVED, BEFORE_POLICY or WITHOUT_APPROVAL; {@code steps} what the policy asked. */
    public record Booking(String postingId, String kind, String bodyId, String bodyName, String date, String amount,
            String recordedAt, String status, List<String> steps, ProposalView.Signed proposer,
            List<ProposalView.Signed> approvals) {
    }
}
