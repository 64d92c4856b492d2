package org.unionfund.ledger.recuperation.contractor.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A contractor or destination registration refused; nothing was written. */
public class RegistryRuleViolation extends RuleViolation {

    public RegistryRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
