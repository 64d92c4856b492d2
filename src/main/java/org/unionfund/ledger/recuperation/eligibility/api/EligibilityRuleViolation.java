package org.unionfund.ledger.recuperation.eligibility.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A registration of eligible workers refused; nothing was written. */
public class EligibilityRuleViolation extends RuleViolation {

    public static final String INVALID_VALUE = "invalid-value";
    public static final String IDEMPOTENCY_CONFLICT = "idempotency-conflict";

    public EligibilityRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
