package org.unionfund.ledger.reporting.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One table of a report: a stable name (CSV file name, JSON member), a Chinese title (XLSX sheet, HTML heading),
 * its columns and its rows in a fixed order. Cells are {@link String}, {@link Long}, {@link Boolean},
 * {@link Amount}, {@link Ratio} or null.
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in table " + name + " of "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The index of the column with this key, or -1. */
    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Builds the rows of a table one by one. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String name, String title, Column... columns) {
            this.name = name;
            this.title = title;
            this.columns = Arrays.asList(columns);
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(name, title, columns, rows);
        }
    }
}
