package org.unionfund.ledger.funds.command;

import java.time.LocalDate;

import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.SafeId;

/** Shorthands for refusing a command. */
final class Violations {

    private Violations() {
    }

    static LedgerRuleViolation violation(LedgerRule rule, String field, String message) {
        return new LedgerRuleViolation(rule, field, message);
    }

    static void requirePositive(Money amount, String field) {
        if (!amount.isPositive()) {
            throw violation(LedgerRule.INVALID_AMOUNT, field, field + " must be positive, was " + amount);
        }
    }

    /** A posting id a client chose: at most 64 characters (longer ones are reserved for the postings trips make). */
    static void requireClientPostingId(PostingId id, String field) {
        if (id.value().length() > SafeId.MAX_LENGTH) {
            throw violation(LedgerRule.INVALID_ID, field, "a posting id is at most 64 characters");
        }
    }

    static void requireDateInYear(LocalDate date, int year, String field) {
        if (date.getYear() != year) {
            throw violation(LedgerRule.INVALID_DATE, field, field + " " + date + " is not in year " + year);
        }
    }
}
