package org.unionfund.ledger.funds.query;

import java.util.List;

/**
 * A proposal as the inbox and status page show it: the act, its amount (yuan) and date, the approvals it needs and
 * has ({@code nextStep} null once decided), its preview legs (the effect on balances when proposed), the matching it
 * would require and, once
 * approved, the id of the posting it booked (= the proposal id).
 */
public record ProposalView(String ledgerId, String proposalId, String kind, String bodyId, String bodyName,
        String amount, String date, Signed proposer, List<String> steps, List<Signed> approvals, String status,
        String nextStep, Signed closedBy, String reason, List<Leg> legs, Matching matching, String postingId) {

    /** The matching an allocation (document) asks of its receiver: ratio (10000 = 1:1) and deadline; else null. */
    public record Matching(int ratioBasisPoints, String deadline) {
    }

    /** Who signed and when (UTC instant); {@code step} for reviews, approvals and rejections. */
    public record Signed(String name, String role, String at, String step) {
    }

    /** One leg of the preview posting. */
    public record Leg(String kind, String bodyId, String bodyName, String fund, String earmark, String amount) {
    }
}
