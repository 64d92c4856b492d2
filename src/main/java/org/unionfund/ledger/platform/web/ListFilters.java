package org.unionfund.ledger.platform.web;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Checks of the list endpoints' common filters, before anything is read: a bad value is 400 problem+json naming the
 * field and the rule ({@code invalid-year}, {@code invalid-range}, {@code invalid-value}).
 */
public final class ListFilters {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private ListFilters() {
    }

    public static void year(Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw RequestProblem.badRequest("invalid-year", "year", "year is " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    public static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw RequestProblem.badRequest("invalid-range", "to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    /** {@code value} (when given) must be one of {@code allowed}. */
    public static void oneOf(String value, Collection<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            throw RequestProblem.badRequest("invalid-value", field, field + " is one of " + String.join(", ",
                    allowed));
        }
    }

    /** Whether an ISO date (yyyy-MM-dd) lies in [from, to], either end open when null. */
    public static boolean within(String isoDate, LocalDate from, LocalDate to) {
        if (isoDate == null) {
            return from == null && to == null;
        }
        LocalDate date = LocalDate.parse(isoDate);
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
