package org.unionfund.ledger.recuperation.worker.api;

import org.unionfund.ledger.kernel.RuleViolation;

/** A worker's funding refused by the programme's frequency rule or the annual cap; nothing was written. */
public class WorkerRuleViolation extends RuleViolation {

    public static final String FREQUENCY_EXCEEDED = "frequency-exceeded";
    public static final String ANNUAL_CAP_EXCEEDED = "annual-cap-exceeded";
    public static final String UNKNOWN_FUNDING = "unknown-funding";

    public WorkerRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
