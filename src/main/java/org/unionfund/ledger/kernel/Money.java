package org.unionfund.ledger.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An amount of renminbi in fen (1 yuan = 100 fen). Arithmetic is exact and overflow-checked; there is no
 * rounding anywhere. On the wire an amount is a decimal string in yuan with at most two decimals ("1500.00").
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final Pattern YUAN = Pattern.compile("-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a yuan amount such as "1500", "1500.5" or "1500.00". Exponents, signs other than a leading minus,
     * more than two decimals, separators and leading zeros are refused rather than rounded.
     */
    public static Money parseYuan(String text) {
        if (text == null || !YUAN.matcher(text).matches()) {
            throw new IllegalArgumentException("amount must be a decimal string in yuan with at most two decimals");
        }
        return new Money(new BigDecimal(text).movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    @JsonIgnore
    public boolean isNegative() {
        return fen < 0;
    }

    @JsonIgnore
    public boolean isPositive() {
        return fen > 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return fen == 0;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    /** The yuan string with exactly two decimals, e.g. "1500.00", "-0.05". */
    public String toYuanString() {
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return toYuanString();
    }
}
