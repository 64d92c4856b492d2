package org.unionfund.ledger.statistics.coverage;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.bson.Document;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.statistics.coverage.CoverageQueries.Filter;

/**
 * The exact ("trip-scan") path for date ranges the pre-aggregated documents do not cover: the attended records of
 * the scope's trips in the range, summed into one synthetic document with the same sections.
 */
final class TripScan {

    /** An attended record found by the trip scan, with its worker and its body's path. */
    record Scanned(AttendanceRecord record, String worker, List<String> path) {
    }

    private final CounterReader counters;
    private final CounterReader trips;
    private final CounterReader programmes;
    private final BodyDirectory directory;

    TripScan(CounterReader counters, CounterReader trips, CounterReader programmes, BodyDirectory directory) {
        this.counters = counters;
        this.trips = trips;
        this.programmes = programmes;
        this.directory = directory;
    }

    /**
     * The exact path for arbitrary date ranges: the trips of every body of the scope in every month the range
     * touches (listed in the bodies' month documents), filtered by start date, read with their attended workers.
     */
    List<Scanned> scan(Filter f) {
        StatisticsPeriod period = f.period();
        Set<String> tripIds = new LinkedHashSet<>();
        if (f.programme() != null) {
            counters.getOrEmpty(CoverageKeys.programme(f.programme())).sectionsWithPrefix("t:").keySet().forEach(t -> tripIds.add(t.substring(2)));
        } else {
            List<String> bodies = f.subtree() ? subtree(f.region()) : List.of(f.region());
            List<String> ids = new ArrayList<>();
            for (String body : bodies) {
                for (String month : period.months()) {
                    ids.add(CoverageKeys.own(body, month));
                }
            }
            for (CounterDoc doc : counters.getAll(ids).values()) {
                doc.sectionsWithPrefix("t:").keySet().forEach(t -> tripIds.add(t.substring(2)));
            }
        }
        Map<String, Document> found = trips.documents(tripIds);
        Set<String> programmeIds = new HashSet<>();
        found.values().forEach(t -> programmeIds.add(t.getString("programme")));
        Map<String, List<String>> paths = new HashMap<>();
        programmes.documents(programmeIds).forEach((id, p) -> paths.put(id, p.getList("path", String.class)));
        List<Scanned> records = new ArrayList<>();
        for (Map.Entry<String, Document> trip : found.entrySet()) {
            TripState state = TripState.CODEC.decode(trip.getValue());
            if (!period.contains(LocalDate.parse(state.start))) {
                continue;
            }
            if (f.programme() != null && !f.programme().equals(state.programme)) {
                continue;
            }
            List<String> path = paths.getOrDefault(state.programme, List.of(state.body));
            state.attended.forEach((pid, a) -> records.add(new Scanned(state.record(trip.getKey(), a), a.worker(),
                    path)));
        }
        return records;
    }

    private List<String> subtree(String region) {
        List<String> bodies = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(region);
        while (!todo.isEmpty()) {
            String body = todo.poll();
            bodies.add(body);
            directory.children(new BodyId(body)).forEach(c -> todo.add(c.bodyId()));
        }
        return bodies;
    }

    /** The sections of one (synthetic) document over the records: additive sums, distinct workers by set. */
    static CounterDoc aggregate(List<Scanned> records, Predicate<Scanned> filter) {
        CounterDoc doc = CounterDoc.empty("scan");
        Map<String, Set<String>> workers = new HashMap<>();
        Set<String> trips = new HashSet<>();
        for (Scanned s : records) {
            if (!filter.test(s)) {
                continue;
            }
            AttendanceRecord r = s.record();
            trips.add(r.trip());
            List<String> sections = new ArrayList<>(CoverageKeys.sections(r));
            sections.add(CoverageKeys.trip(r.trip()));
            for (String section : sections) {
                doc.inc(section, CoverageKeys.PERSON_TIMES, 1);
                doc.inc(section, CoverageKeys.DAYS, r.days());
                doc.inc(section, CoverageKeys.SPEND, r.amountFen());
                workers.computeIfAbsent(section, k -> new HashSet<>()).add(s.worker());
            }
        }
        workers.forEach((section, set) -> doc.inc(section, CoverageKeys.DISTINCT, set.size()));
        doc.inc(CoverageKeys.ALL, CoverageKeys.TRIPS, trips.size());
        return doc;
    }
}
