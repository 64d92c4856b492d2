package org.unionfund.ledger.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are shown to readers (HTML, sentences): thousands separators, percentages, 万/亿. */
public final class ReportNumbers {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ReportNumbers() {
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** {@code 8450000.00} → {@code 8,450,000.00}. */
    public static String yuan(Amount amount) {
        return amount == null ? "—" : format("#,##0.00").format(amount.yuan());
    }

    /** {@code 1500000} → {@code 1,500,000}. */
    public static String count(Long value) {
        return value == null ? "—" : format("#,##0").format(value);
    }

    /** A percent ratio {@code 0.0200} → {@code 2.00%}; a multiple {@code 1.1725} → {@code 1.17倍}. */
    public static String ratio(Ratio ratio) {
        if (ratio == null) {
            return "—";
        }
        if (ratio.percent()) {
            return format("0.00").format(ratio.value().movePointRight(2)) + "%";
        }
        return format("0.00").format(ratio.value()) + "倍";
    }

    /**
     * An approximate amount in 万元 or 亿元 as the seed reports write it ({@code 2546000} → {@code 254.6万元},
     * {@code 110000000} → {@code 1.1亿元}); null below 10,000 yuan.
     */
    public static String approximate(Amount amount) {
        if (amount == null || amount.yuan().abs().compareTo(TEN_THOUSAND) < 0) {
            return null;
        }
        if (amount.yuan().abs().compareTo(HUNDRED_MILLION) >= 0) {
            return strip(amount.yuan().divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP)) + "亿元";
        }
        return strip(amount.yuan().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万元";
    }

    /** The exact amount, with the approximation in brackets when it is large: {@code 2,546,000.00元（约254.6万元）}. */
    public static String yuanText(Amount amount) {
        if (amount == null) {
            return "—";
        }
        String approximate = approximate(amount);
        return yuan(amount) + "元" + (approximate == null ? "" : "（约" + approximate + "）");
    }

    /** Any cell as text for a reader. */
    public static String cell(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Amount amount) {
            return yuan(amount);
        }
        if (value instanceof Ratio ratio) {
            return ratio(ratio);
        }
        if (value instanceof Long number) {
            return count(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? "相符" : "不符";
        }
        return String.valueOf(value);
    }

    private static String strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return format("#,##0.##").format(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
