package org.unionfund.ledger.recuperation.imports.rows;

import java.util.List;

/**
 * The contiguous rows of one trip code. {@code problems} are the rows' own form problems: a trip with any is refused
 * whole before a command is sent ({@code rowNumbers} lists every row of the trip, readable or not).
 */
public record ImportedTrip(String tripId, TripKey key, List<ImportRow> rows, List<Integer> rowNumbers,
        List<RowProblem> problems) {

    public ImportedTrip {
        rows = List.copyOf(rows);
        rowNumbers = List.copyOf(rowNumbers);
        problems = List.copyOf(problems);
    }

    public int size() {
        return rowNumbers.size();
    }
}
