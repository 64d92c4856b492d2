package org.unionfund.ledger.recuperation.imports.rows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.RawRow;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;

/**
 * Reads a table into trips, streaming: rows are grouped by trip code and each trip is handed on when the next trip
 * code starts. A trip's rows must be contiguous and agree on the trip columns; a row without a readable trip code
 * is reported on its own.
 */
public record TripSheet(ColumnMapping mapping, WorkerPseudonyms pseudonyms, ImportLimits limits) {

    /** Reads every trip; returns the number of data rows. */
    public int read(TableSource table, Consumer<ImportedTrip> trips) {
        Grouper grouper = new Grouper(trips);
        table.read(grouper::header, grouper::row);
        grouper.flush();
        if (grouper.rows == 0) {
            throw new ImportFileProblem("empty-sheet", 2, null, "the file has a header row but no data rows");
        }
        return grouper.rows;
    }

    /** Reads every trip into a list. */
    public List<ImportedTrip> readAll(TableSource table) {
        List<ImportedTrip> all = new ArrayList<>();
        read(table, all::add);
        return all;
    }

    private final class Grouper {
        private final Consumer<ImportedTrip> sink;
        private final Set<String> finished = new HashSet<>();
        private TripRowParser parser;
        private String tripId;
        private TripKey key;
        private List<ImportRow> rowsOfTrip = new ArrayList<>();
        private List<Integer> numbers = new ArrayList<>();
        private List<RowProblem> problems = new ArrayList<>();
        private int rows;

        Grouper(Consumer<ImportedTrip> sink) {
            this.sink = sink;
        }

        void header(List<String> header) {
            parser = new TripRowParser(mapping, header, pseudonyms);
        }

        void row(RawRow raw) {
            rows++;
            limits.requireRows(rows);
            List<RowProblem> rowProblems = new ArrayList<>();
            ImportRow row = parser.parse(raw, rowProblems);
            String code = row != null ? row.trip().tripId() : tripCodeOf(raw);
            if (code == null) {
                flush();
                sink.accept(new ImportedTrip(null, null, List.of(), List.of(raw.rowNumber()), rowProblems));
                return;
            }
            if (!code.equals(tripId)) {
                flush();
                tripId = code;
                if (!finished.add(code)) {
                    rowProblems.add(new RowProblem(raw.rowNumber(), parser.header(TripField.TRIP),
                            "trip-rows-not-contiguous", "同一团号的行须连续排列（团号 " + code + " 在前面已出现）",
                            "the rows of trip " + code + " must be contiguous; it appeared earlier in the file"));
                }
            }
            numbers.add(raw.rowNumber());
            problems.addAll(rowProblems);
            if (row == null) {
                return;
            }
            if (key == null) {
                key = row.trip();
            } else if (!key.equals(row.trip())) {
                problems.add(new RowProblem(raw.rowNumber(), differingColumn(key, row.trip()),
                        "inconsistent-trip", "本行的团信息与该团第一行不一致", "the trip columns of this row differ "
                                + "from the trip's first row"));
                return;
            }
            rowsOfTrip.add(row);
        }

        void flush() {
            if (tripId != null) {
                sink.accept(new ImportedTrip(tripId, key, rowsOfTrip, numbers, problems));
            }
            tripId = null;
            key = null;
            rowsOfTrip = new ArrayList<>();
            numbers = new ArrayList<>();
            problems = new ArrayList<>();
        }

        private String tripCodeOf(RawRow raw) {
            return parser.tripCode(raw);
        }

        private String differingColumn(TripKey a, TripKey b) {
            if (!Objects.equals(a.programmeId(), b.programmeId())) {
                return parser.header(TripField.PROGRAMME);
            }
            if (!Objects.equals(a.contractorId(), b.contractorId())) {
                return parser.header(TripField.CONTRACTOR);
            }
            if (!Objects.equals(a.destinationId(), b.destinationId())) {
                return parser.header(TripField.DESTINATION);
            }
            if (!Objects.equals(a.startDate(), b.startDate())) {
                return parser.header(TripField.START_DATE);
            }
            if (a.days() != b.days()) {
                return parser.header(TripField.DAYS);
            }
            return parser.header(TripField.PRICE_PER_PERSON_PER_DAY);
        }
    }
}
