package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unionfund.ledger.platform.projection.BatchStore;
import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.StateStore;

/**
 * Distinct workers (人数): per (year, worker pseudonym) the worker's attended records of that year in
 * {@code stats_workers}. When a record makes a (document, section) cell go from no record of the worker to one, the
 * cell's {@code distinct} counter goes up by one, and down when its last record goes — so distinct workers are
 * exact across trips and programmes, never a sum of per-trip counts.
 */
final class DistinctWorkers implements BatchStore {

    private record WorkerChange(PositionedEvent event, boolean add, AttendanceRecord record) {
    }

    private final StateStore<WorkerYear> workers;
    private final CounterBatch counters;
    private final CoverageCells cells;
    private final boolean singleWriter;
    /** In single-writer mode (a rebuild from empty collections): hashes of the worker documents that exist. */
    private final LongHashSet knownWorkers = new LongHashSet();
    private final Map<String, List<WorkerChange>> changes = new LinkedHashMap<>();

    DistinctWorkers(StateStore<WorkerYear> workers, CounterBatch counters, CoverageCells cells,
            boolean singleWriter) {
        this.workers = workers;
        this.counters = counters;
        this.cells = cells;
        this.singleWriter = singleWriter;
    }

    void change(PositionedEvent e, AttendanceRecord r, String worker, boolean add) {
        changes.computeIfAbsent(r.year() + "|" + worker, k -> new ArrayList<>()).add(new WorkerChange(e, add, r));
    }

    /**
     * Applies the batch's record changes to the workers' documents and turns every cell that gains its first record
     * of the worker (or loses its last) into a {@code distinct} change of ±1.
     */
    void apply() {
        if (changes.isEmpty()) {
            return;
        }
        load(new ArrayList<>(changes.keySet()));
        // Workers seen for the first time with one new record: counted per (event, record) like the tallies.
        RecordCounts firsts = new RecordCounts();
        for (Map.Entry<String, List<WorkerChange>> perWorker : changes.entrySet()) {
            StateStore.Entry<WorkerYear> entry = workers.get(perWorker.getKey());
            if (entry == null) {
                entry = workers.create(perWorker.getKey(), new WorkerYear());
            }
            List<WorkerChange> list = perWorker.getValue();
            list.sort((a, b) -> Integer.compare(a.event().ordinal(), b.event().ordinal()));
            int i = 0;
            while (i < list.size()) {
                int j = i;
                PositionedEvent e = list.get(i).event();
                while (j < list.size() && list.get(j).event().ordinal() == e.ordinal()) {
                    j++;
                }
                List<WorkerChange> group = list.subList(i, j);
                i = j;
                if (entry.accepts(e.position())) {
                    apply(entry, e, group, firsts);
                }
            }
        }
        firsts.drain((e, r, n) -> cells.forEach(r,
                (doc, section) -> counters.inc(e, doc, section, CoverageKeys.DISTINCT, n)));
        changes.clear();
    }

    private void load(List<String> ids) {
        if (singleWriter && knownWorkers.trusted()) {
            List<String> maybe = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (String id : ids) {
                (knownWorkers.contains(hash(id)) ? maybe : absent).add(id);
            }
            workers.knownAbsent(absent);
            workers.load(maybe);
        } else {
            workers.load(ids);
        }
    }

    private void apply(StateStore.Entry<WorkerYear> entry, PositionedEvent e, List<WorkerChange> group,
            RecordCounts firsts) {
        List<AttendanceRecord> records = entry.value().records;
        if (records.isEmpty() && group.size() == 1 && group.get(0).add()) {
            firsts.add(e, group.get(0).record(), 1);
            entry.apply(e.position(), w -> w.records.add(group.get(0).record()));
            return;
        }
        Set<String> before = cells.of(records);
        entry.apply(e.position(), w -> {
            for (WorkerChange change : group) {
                w.records.removeIf(r -> r.trip().equals(change.record().trip()));
                if (change.add()) {
                    w.records.add(change.record());
                }
            }
        });
        Set<String> after = cells.of(entry.value().records);
        for (String cell : after) {
            if (!before.contains(cell)) {
                distinct(e, cell, +1);
            }
        }
        for (String cell : before) {
            if (!after.contains(cell)) {
                distinct(e, cell, -1);
            }
        }
    }

    private void distinct(PositionedEvent e, String cell, int delta) {
        int split = cell.indexOf('\u0000');
        counters.inc(e, cell.substring(0, split), cell.substring(split + 1), CoverageKeys.DISTINCT, delta);
    }

    /** Writes the workers' documents (after the counters derived from them). */
    @Override
    public int flush() {
        List<String> written = new ArrayList<>();
        for (StateStore.Entry<WorkerYear> entry : workers.entries()) {
            written.add(entry.id());
        }
        int count = workers.flush();
        if (singleWriter) {
            written.forEach(id -> knownWorkers.add(hash(id)));
        }
        return count;
    }

    @Override
    public void discard() {
        workers.discard();
        changes.clear();
        if (singleWriter) {
            // A failed rebuild batch may have left writes the set does not know of: stop trusting it.
            knownWorkers.invalidate();
        }
    }

    void reset() {
        knownWorkers.clear();
    }

    private static long hash(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return h ^ (h >>> 29) ^ ((long) id.hashCode() << 32);
    }
}
