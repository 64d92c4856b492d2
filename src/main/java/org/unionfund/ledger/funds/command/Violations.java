package org.unionfund.ledger.funds.command;

import java.time.LocalDate;

import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.kernel.Money;

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

    static void requireDateInYear(LocalDate date, int year, String field) {
        if (date.getYear() != year) {
            throw violation(LedgerRule.INVALID_DATE, field, field + " " + date + " is not in year " + year);
        }
    }
}
