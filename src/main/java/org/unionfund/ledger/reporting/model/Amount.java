package org.unionfund.ledger.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan, exact to the fen (two decimals), as a report cell. Read from the yuan strings the query
 * classes answer; written as that same plain text in JSON and CSV and as a number with format {@code #,##0.00} in
 * XLSX.
 */
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(2));

    public Amount {
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount of a yuan string ({@code "1234.50"}), or null for null. */
    public static Amount of(String yuan) {
        return yuan == null ? null : new Amount(new BigDecimal(yuan));
    }

    public Amount plus(Amount other) {
        return other == null ? this : new Amount(yuan.add(other.yuan));
    }

    public Amount minus(Amount other) {
        return other == null ? this : new Amount(yuan.subtract(other.yuan));
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    /** Plain text with two decimals, e.g. {@code 8450000.00}. */
    public String text() {
        return yuan.toPlainString();
    }

    @Override
    public int compareTo(Amount other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return text();
    }
}
