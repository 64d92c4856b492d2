package org.unionfund.ledger.funds.api;

/** One approval a proposal needs: 审核 (review, by a REVIEWER) or 审批 (approval, by an APPROVER, the chair). */
public enum ApprovalStep {
    REVIEW("REVIEWER"),
    APPROVE("APPROVER");

    private final String role;

    ApprovalStep(String role) {
        this.role = role;
    }

    /** The name of the security role that gives this step. */
    public String role() {
        return role;
    }
}
