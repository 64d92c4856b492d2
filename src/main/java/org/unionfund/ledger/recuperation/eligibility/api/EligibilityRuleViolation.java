package org.unionfund.ledger.recuperation.eligibility.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A registration of eligible workers refused; nothing was written. */
public class EligibilityRuleViolation extends RuleViolation {

    public EligibilityRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
