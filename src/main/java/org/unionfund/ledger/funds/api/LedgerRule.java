package org.unionfund.ledger.funds.api;

/** The machine codes of the ledger's rules; the REST layer reports them as the problem's {@code rule}. */
public enum LedgerRule {
    INSUFFICIENT_FUNDS("insufficient-funds"),
    EARMARK_VIOLATION("earmark-violation"),
    YEAR_CLOSED("year-closed"),
    YEAR_NOT_CLOSED("year-not-closed"),
    YEAR_SEALED("year-sealed"),
    UNKNOWN_BODY("unknown-body"),
    NOT_IN_SUBTREE("not-in-subtree"),
    DUPLICATE_BODY("duplicate-body"),
    ROOT_MISMATCH("root-mismatch"),
    INVALID_BODY_ID("invalid-body-id"),
    INVALID_ID("invalid-id"),
    UNKNOWN_FUND("unknown-fund"),
    UNKNOWN_POSTING("unknown-posting"),
    UNKNOWN_LEG("unknown-leg"),
    NOT_REVERSIBLE("not-reversible"),
    REVERSAL_EXCEEDS_ORIGINAL("reversal-exceeds-original"),
    IDEMPOTENCY_CONFLICT("idempotency-conflict"),
    INVALID_AMOUNT("invalid-amount"),
    INVALID_DATE("invalid-date"),
    UNBALANCED_POSTING("unbalanced-posting"),
    NO_MATCHING_REQUIREMENT("no-matching-requirement"),
    MATCHING_DEADLINE_NOT_REACHED("matching-deadline-not-reached"),
    MATCHING_ALREADY_EVALUATED("matching-already-evaluated"),
    DUPLICATE_DOCUMENT_NUMBER("duplicate-document-number"),
    OUTSIDE_REGION("outside-region"),
    UNKNOWN_PROPOSAL("unknown-proposal"),
    PROPOSAL_CLOSED("proposal-closed"),
    SELF_APPROVAL("self-approval"),
    DUPLICATE_APPROVAL("duplicate-approval"),
    INVALID_POLICY("invalid-policy");

    private final String code;

    LedgerRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
