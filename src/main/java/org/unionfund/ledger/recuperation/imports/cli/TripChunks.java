package org.unionfund.ledger.recuperation.imports.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.unionfund.ledger.recuperation.imports.read.RawRow;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.platform.web.CsvLine;

/**
 * Cuts a CSV or XLSX file into UTF-8 CSV chunks of whole trips (at most {@code maxRows} rows, unless one trip is
 * larger), streaming, so a province-year file is uploaded in pieces that each fit the server's limits. Nothing is
 * interpreted but the trip code; the server reads and checks everything.
 */
final class TripChunks {

    /** One chunk: the CSV bytes and the original row number of each of its data rows, in order. */
    record Chunk(byte[] csv, List<Integer> rowNumbers) {
    }

    private TripChunks() {
    }

    /** Counts the data rows (for the progress bar). */
    static int countRows(Path file, String encoding) {
        int[] rows = {0};
        TableSource.of(file, encoding).read(header -> { }, row -> rows[0]++);
        return rows[0];
    }

    static void cut(Path file, String encoding, ColumnMapping mapping, int maxRows, Consumer<Chunk> sink) {
        int[] tripColumn = {-1};
        List<String> header = new ArrayList<>();
        List<RawRow> pending = new ArrayList<>();
        List<RawRow> trip = new ArrayList<>();
        String[] code = {null};
        TableSource.of(file, encoding).read(h -> {
            header.addAll(h);
            tripColumn[0] = mapping.locate(h).get(org.unionfund.ledger.recuperation.imports.rows.TripField.TRIP);
        }, row -> {
            String c = row.cell(tripColumn[0]).trim();
            if (!c.equals(code[0]) && !trip.isEmpty()) {
                if (!pending.isEmpty() && pending.size() + trip.size() > maxRows) {
                    sink.accept(chunk(header, pending));
                    pending.clear();
                }
                pending.addAll(trip);
                trip.clear();
            }
            code[0] = c;
            trip.add(row);
        });
        if (!pending.isEmpty() && pending.size() + trip.size() > maxRows) {
            sink.accept(chunk(header, pending));
            pending.clear();
        }
        pending.addAll(trip);
        if (!pending.isEmpty()) {
            sink.accept(chunk(header, pending));
        }
    }

    private static Chunk chunk(List<String> header, List<RawRow> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(CsvLine.of(header));
        List<Integer> numbers = new ArrayList<>();
        for (RawRow row : rows) {
            csv.append(CsvLine.of(row.cells()));
            numbers.add(row.rowNumber());
        }
        return new Chunk(csv.toString().getBytes(StandardCharsets.UTF_8), numbers);
    }
}
