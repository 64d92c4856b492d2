package org.unionfund.ledger.reporting.model;

/**
 * A column of a report table: a stable key (CSV header, JSON member), a Chinese label (XLSX and HTML header) and the
 * kind of its cells. Cells of a {@link Kind#MIXED} column carry their own kind (the value column of the totals).
 */
public record Column(String key, String label, Kind kind) {

    public enum Kind {
        TEXT, INTEGER, AMOUNT, RATIO, BOOLEAN, MIXED
    }

    public static Column text(String key, String label) {
        return new Column(key, label, Kind.TEXT);
    }

    public static Column integer(String key, String label) {
        return new Column(key, label, Kind.INTEGER);
    }

    public static Column amount(String key, String label) {
        return new Column(key, label, Kind.AMOUNT);
    }

    public static Column ratio(String key, String label) {
        return new Column(key, label, Kind.RATIO);
    }

    public static Column bool(String key, String label) {
        return new Column(key, label, Kind.BOOLEAN);
    }

    public static Column mixed(String key, String label) {
        return new Column(key, label, Kind.MIXED);
    }
}
