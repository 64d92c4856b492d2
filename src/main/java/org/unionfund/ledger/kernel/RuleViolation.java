package org.unionfund.ledger.kernel;

/**
 * A request refused by a business rule. {@code rule} is a stable kebab-case code (e.g. {@code insufficient-funds}),
 * {@code field} the request field the rule is about (may be null). Nothing has been written when this is thrown.
 */
public class RuleViolation extends RuntimeException {

    /** Codes of every context (a subclass inherits them, e.g. {@code TripRuleViolation.IDEMPOTENCY_CONFLICT}). */
    public static final String IDEMPOTENCY_CONFLICT = "idempotency-conflict";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String INVALID_DATE = "invalid-date";

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
