package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;

/**
 * Columns whose cells are figures read from one kind of value, each stated once with its key, label and source: a
 * table's rows read them from each line's figures and its 合计 row from the whole selection's.
 */
final class FigureColumns<T> {

    private final List<Column> columns = new ArrayList<>();
    private final List<Function<T, Object>> figures = new ArrayList<>();

    FigureColumns<T> amount(String key, String label, Function<T, String> yuan) {
        return add(Column.amount(key, label), value -> Amount.of(yuan.apply(value)));
    }

    FigureColumns<T> ratio(String key, String label, Function<T, String> rate) {
        return add(Column.ratio(key, label), value -> Ratio.rate(rate.apply(value)));
    }

    private FigureColumns<T> add(Column column, Function<T, Object> figure) {
        columns.add(column);
        figures.add(figure);
        return this;
    }

    /** The {@code leading} columns, then these. */
    Column[] after(Column... leading) {
        List<Column> all = new ArrayList<>(Arrays.asList(leading));
        all.addAll(columns);
        return all.toArray(Column[]::new);
    }

    /** A row: the {@code leading} cells, then the figures of {@code value}. */
    Object[] row(T value, Object... leading) {
        List<Object> cells = new ArrayList<>(Arrays.asList(leading));
        figures.forEach(figure -> cells.add(figure.apply(value)));
        return cells.toArray();
    }

    /** The figures of {@code value} by column key (a total row's cells). */
    Map<String, Object> cells(T value) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i).key(), figures.get(i).apply(value));
        }
        return cells;
    }
}
