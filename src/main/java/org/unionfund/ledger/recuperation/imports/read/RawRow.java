package org.unionfund.ledger.recuperation.imports.read;

import java.util.List;

/** One data row of a sheet or CSV file as text cells, with its 1-based row number in the file (header = 1). */
public record RawRow(int rowNumber, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index);
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
