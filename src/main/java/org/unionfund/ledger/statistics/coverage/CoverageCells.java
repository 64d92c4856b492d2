package org.unionfund.ledger.statistics.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.platform.projection.WriteOnceStore;

/**
 * Where an attended record counts: the (document, section) cells of its programme's regions, read from the
 * projection's programme settings.
 */
final class CoverageCells {

    interface CellConsumer {
        void accept(String doc, String section);
    }

    private final WriteOnceStore<ProgrammeInfo> programmes;

    CoverageCells(WriteOnceStore<ProgrammeInfo> programmes) {
        this.programmes = programmes;
    }

    ProgrammeInfo programme(String id) {
        ProgrammeInfo info = programmes.get(id);
        if (info == null) {
            throw new IllegalStateException("programme " + id + " is unknown to the coverage projection");
        }
        return info;
    }

    List<String> docs(AttendanceRecord r) {
        return CoverageKeys.docs(r, programme(r.programme()).path());
    }

    void forEach(AttendanceRecord r, CellConsumer consumer) {
        List<String> sections = CoverageKeys.sections(r);
        String trip = CoverageKeys.trip(r.trip());
        for (String doc : docs(r)) {
            for (String section : sections) {
                consumer.accept(doc, section);
            }
            if (CoverageKeys.withTrips(r, doc)) {
                consumer.accept(doc, trip);
            }
        }
    }

    /** The cells of the records, each as {@code doc + U+0000 + section}. */
    Set<String> of(List<AttendanceRecord> records) {
        Set<String> cells = new HashSet<>();
        for (AttendanceRecord r : records) {
            cells.addAll(CoverageKeys.cells(r, programme(r.programme()).path()));
        }
        return cells;
    }
}
