package org.unionfund.ledger.recuperation.programme.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A programme command refused by a rule; nothing was written (neither on the programme nor in the ledger). */
public class ProgrammeRuleViolation extends RuleViolation {

    public static final String UNKNOWN_LEDGER = "unknown-ledger";
    public static final String UNKNOWN_PROGRAMME = "unknown-programme";

    public ProgrammeRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
