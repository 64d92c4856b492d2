package org.unionfund.ledger.reporting.model;

/**
 * One headline figure of a report: its group ({@code funds}, {@code activity}, …), key within the group, Chinese
 * label, unit (元, 人次, %, 倍 …) and value ({@link Long}, {@link Amount}, {@link Ratio} or null when undefined,
 * e.g. a rate over zero).
 */
public record Indicator(String group, String key, String label, String unit, Object value) {

    public String path() {
        return group + "." + key;
    }
}
