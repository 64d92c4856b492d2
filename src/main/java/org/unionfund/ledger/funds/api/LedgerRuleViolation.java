package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A ledger command refused by a rule; nothing was written. */
public class LedgerRuleViolation extends RuleViolation {

    public LedgerRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }

    public LedgerRuleViolation(LedgerRule rule, String field, String message) {
        this(rule.code(), field, message);
    }
}
