package org.unionfund.ledger.reporting.model;

import java.math.BigDecimal;

/**
 * A ratio as a report cell, with the four decimals the query classes answer ({@code "0.0200"}). A {@code percent}
 * ratio (coverage, execution, matching, shares) is shown as a percentage in XLSX ({@code 0.00%}) and HTML; any other
 * (leverage, 带动比) as a multiple. JSON and CSV carry the decimal text as it is.
 */
public record Ratio(BigDecimal value, boolean percent) {

    /** A rate shown as a percentage, or null for null. */
    public static Ratio rate(String value) {
        return value == null ? null : new Ratio(new BigDecimal(value), true);
    }

    /** A multiple (e.g. leverage), or null for null. */
    public static Ratio multiple(String value) {
        return value == null ? null : new Ratio(new BigDecimal(value), false);
    }

    public String text() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return text();
    }
}
