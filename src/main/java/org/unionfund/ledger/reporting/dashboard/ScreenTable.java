package org.unionfund.ledger.reporting.dashboard;

import java.util.List;

/**
 * A table exactly as the dashboard shows it, for its XLSX button: the Chinese column labels and, per column, the kind
 * of its cells ({@code text}, {@code count}, {@code yuan}, {@code percent} as a fraction, {@code date} as
 * {@code yyyy-MM-dd}); the rows hold the raw values behind what the screen shows (a 合计 row included).
 */
public record ScreenTable(String name, String title, List<Column> columns, List<List<String>> rows) {

    public record Column(String label, String kind) {
    }
}
