package org.unionfund.ledger.statistics.earmark;

/** Document ids, sections and counters of {@code earmark_counters} (see {@link EarmarkProjection}). */
public final class EarmarkKeys {

    public static final String ALL = "";
    /** Charged spend on the line judged to fit its earmark's eligibility (net of reversals). */
    public static final String ELIGIBLE = "eligible";
    /** All charged (participant) spend on the line, net of reversals. */
    public static final String CHARGED = "charged";

    private EarmarkKeys() {
    }

    public static String line(String fund, String earmark) {
        return "l:" + fund + "|" + earmark;
    }
}
