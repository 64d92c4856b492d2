package org.unionfund.ledger.recuperation.programme.api;

/**
 * How often a programme may fund the same worker, judged against all the worker's recuperation funding, across
 * trips and programmes, by the calendar year of each trip's start date.
 */
public enum FrequencyRule {
    /** At most one funded trip per calendar year. */
    ONCE_PER_YEAR(1),
    /** At most one funded trip in any two consecutive calendar years. */
    ONCE_PER_TWO_YEARS(2),
    /** No limit (an annual cap per worker may still apply). */
    UNLIMITED(0);

    private final int years;

    FrequencyRule(int years) {
        this.years = years;
    }

    /** Whether an earlier funding in {@code fundedYear} forbids another in {@code year}. */
    public boolean forbids(int fundedYear, int year) {
        return years > 0 && Math.abs(year - fundedYear) < years;
    }
}
