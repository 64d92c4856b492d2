package org.unionfund.ledger.relief.api;

import org.unionfund.ledger.kernel.RuleViolation;

/**
 * A relief command refused by a rule; nothing was written (neither on the campaign nor in the ledger). The codes of
 * every context ({@code INVALID_VALUE}, {@code IDEMPOTENCY_CONFLICT}) are inherited from {@link RuleViolation}.
 */
public class ReliefRuleViolation extends RuleViolation {

    public static final String GROUP_NOT_ELIGIBLE = "group-not-eligible";
    public static final String OVER_CAP = "over-cap";
    public static final String ALREADY_RECEIVED = "already-received";
    public static final String BEYOND_BUDGET = "beyond-budget";
    public static final String OUTSIDE_PERIOD = "outside-period";
    public static final String NO_TERM = "no-term";
    public static final String UNKNOWN_CAMPAIGN = "unknown-campaign";
    public static final String UNKNOWN_PAYMENT = "unknown-payment";
    public static final String ALREADY_REVERSED = "already-reversed";
    public static final String UNKNOWN_LEDGER = "unknown-ledger";

    public ReliefRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
