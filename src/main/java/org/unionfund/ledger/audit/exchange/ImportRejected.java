package org.unionfund.ledger.audit.exchange;

import org.unionfund.ledger.kernel.RuleViolation;

/** An import refused: the store is not empty ({@code store-not-empty}), or the file is not a valid full export. */
public final class ImportRejected extends RuleViolation {

    ImportRejected(String rule, String detail) {
        super(rule, null, detail);
    }
}
