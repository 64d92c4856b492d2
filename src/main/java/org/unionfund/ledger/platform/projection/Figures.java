package org.unionfund.ledger.platform.projection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.unionfund.ledger.kernel.Money;

/**
 * How the statistics API writes figures: amounts as yuan strings with exactly two decimals; a per-capita amount is
 * the fen quotient rounded half-up to the fen; a rate (coverage, completion, execution, matching, shares, leverage)
 * is a decimal string with four decimals, rounded half-up; both are null when the denominator is zero.
 */
public final class Figures {

    private Figures() {
    }

    public static String yuan(long fen) {
        return Money.ofFen(fen).toYuanString();
    }

    /** {@code fen / count} in yuan, rounded half-up to the fen; null when {@code count} is 0. */
    public static String perCapita(long fen, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                .movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * {@code numerator / denominator} with six significant digits, rounded half-up ("0.700000", "0.0123457",
     * "1.00000"); null when the denominator is 0. For ratios that must keep their precision when small.
     */
    public static String ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        if (numerator == 0) {
            return "0.000000";
        }
        BigDecimal q = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), new MathContext(6,
                RoundingMode.HALF_UP));
        int scale = 6 - (q.precision() - q.scale());
        return (scale > q.scale() ? q.setScale(scale, RoundingMode.UNNECESSARY) : q).toPlainString();
    }

    /** {@code numerator / denominator} with four decimals, rounded half-up; null when the denominator is 0. */
    public static String rate(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
