package org.unionfund.ledger.recuperation.standard.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A standard refused by a rule; nothing was written. */
public class StandardRuleViolation extends RuleViolation {

    public static final String INVALID_ID = "invalid-id";
    public static final String INVALID_VALUE = "invalid-amount";
    public static final String SUPERSESSION_REQUIRED = "supersession-required";
    public static final String SUPERSESSION_MISMATCH = "supersession-mismatch";

    public StandardRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
