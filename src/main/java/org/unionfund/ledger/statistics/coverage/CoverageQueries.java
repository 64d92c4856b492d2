package org.unionfund.ledger.statistics.coverage;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.platform.projection.QueryRefused;

import com.mongodb.client.MongoDatabase;

/**
 * Reads coverage and per-capita figures from {@link CoverageProjection}'s documents. A year or a month is one
 * {@code _id} look-up (two with the year document for eligible counts and planned headcount; a breakdown by region or
 * month one {@code $in} more); any other date range is computed exactly from the trips of the range ("trip-scan").
 * Definitions (docs/queries.md, from domain.md): person-times = attended (worker, trip) records net of corrections;
 * distinct workers = unique workers among them; participant-days = Σ trip days over them; spend = union-funded
 * settled spend on them; per-capita = spend ÷ person-times, ÷ distinct workers, ÷ participant-days; coverage =
 * distinct workers ÷ eligible workers registered; plan completion = distinct workers ÷ planned headcount.
 */
@Service
public class CoverageQueries {

    public static final String PRE_AGGREGATED = "pre-aggregated";
    public static final String TRIP_SCAN = "trip-scan";

    private static final Set<String> CATEGORIES = names(WorkerCategory.class);
    private static final Set<String> OWNERSHIPS = names(EmployerOwnership.class);

    private final CounterReader counters;
    private final CounterReader trips;
    private final CounterReader programmes;
    private final BodyDirectory directory;

    public CoverageQueries(MongoDatabase database, BodyDirectory directory) {
        this.counters = new CounterReader(database.getCollection(CoverageProjection.COUNTERS));
        this.trips = new CounterReader(database.getCollection(CoverageProjection.TRIPS));
        this.programmes = new CounterReader(database.getCollection(CoverageProjection.PROGRAMMES));
        this.directory = directory;
    }

    /** What to count: a period, and a region (with or without its subtree) or a programme; optional filters. */
    public record Filter(StatisticsPeriod period, String region, boolean subtree, String programme, String category,
            String ownership) {
    }

    /** The figures of one selection. Null where a figure is undefined for it (see docs/queries.md). */
    public record Figures(String period, String method, String region, boolean subtree, String programme,
            String category, String ownership, long personTimes, long distinctWorkers, long participantDays,
            String spend, String perPersonTime, String perDistinctWorker, String perParticipantDay,
            Long eligibleWorkers, String coverageRate, Long plannedHeadcount, String planCompletion,
            Long newFormWorkers, String newFormShare, Long nonPublicWorkers, String nonPublicShare, long trips) {
    }

    /** One line of a breakdown. */
    public record Item(String key, String label, long personTimes, long distinctWorkers, long participantDays,
            String spend, String perPersonTime, String perDistinctWorker, String perParticipantDay,
            Long eligibleWorkers, String coverageRate) {
    }

    public record Breakdown(String by, String period, String method, List<Item> items) {
    }

    // ------------------------------------------------------------------ summary

    public Figures figures(Filter f) {
        validate(f);
        String cell = cell(f);
        boolean filtered = f.category() != null || f.ownership() != null;
        CounterDoc doc;
        String method;
        if (preAggregated(f)) {
            doc = counters.getOrEmpty(scopeDoc(f, f.period().key()));
            method = PRE_AGGREGATED;
        } else {
            doc = aggregate(scan(f), r -> true);
            method = TRIP_SCAN;
        }
        CounterDoc yearDoc = yearDoc(f, doc);
        long distinct = doc.get(cell, CoverageKeys.DISTINCT);
        Long eligible = null;
        Long planned = null;
        if (yearDoc != null && f.programme() == null && f.ownership() == null) {
            eligible = yearDoc.get(cell, CoverageKeys.ELIGIBLE);
        }
        if (yearDoc != null && !filtered) {
            planned = yearDoc.get(CoverageKeys.ALL, CoverageKeys.PLANNED);
        }
        Long newForm = filtered ? null : doc.get("nf", CoverageKeys.DISTINCT);
        Long nonPublic = filtered ? null : doc.get("np", CoverageKeys.DISTINCT);
        long spend = doc.get(cell, CoverageKeys.SPEND);
        long pt = doc.get(cell, CoverageKeys.PERSON_TIMES);
        long days = doc.get(cell, CoverageKeys.DAYS);
        return new Figures(f.period().label(), method, f.region(), f.programme() == null && f.subtree(),
                f.programme(), f.category(), f.ownership(), pt, distinct, days, Figures0.yuan(spend),
                Figures0.perCapita(spend, pt), Figures0.perCapita(spend, distinct), Figures0.perCapita(spend, days),
                eligible, eligible == null ? null : Figures0.rate(distinct, eligible), planned,
                planned == null ? null : Figures0.rate(distinct, planned), newForm,
                newForm == null ? null : Figures0.rate(newForm, distinct), nonPublic,
                nonPublic == null ? null : Figures0.rate(nonPublic, distinct),
                doc.get(CoverageKeys.ALL, CoverageKeys.TRIPS));
    }

    // ------------------------------------------------------------------ breakdowns

    public static final List<String> BREAKDOWNS = List.of("region", "category", "subtype", "ownership",
            "trip-length", "month", "destination", "fund");

    public Breakdown breakdown(Filter f, String by) {
        validate(f);
        if (by == null || !BREAKDOWNS.contains(by)) {
            throw new QueryRefused("invalid-filter", "by", "breakdown 'by' is one of " + BREAKDOWNS);
        }
        return switch (by) {
            case "region" -> byRegion(f);
            case "month" -> byMonth(f);
            default -> bySection(f, by);
        };
    }

    private Breakdown bySection(Filter f, String by) {
        String prefix;
        String suffix = "";
        switch (by) {
            case "category" -> {
                refuseIf(f.category() != null, "category", "a breakdown by category cannot also filter by category");
                prefix = f.ownership() == null ? "c:" : "co:";
                suffix = f.ownership() == null ? "" : "|" + f.ownership();
            }
            case "ownership" -> {
                refuseIf(f.ownership() != null, "ownership",
                        "a breakdown by ownership cannot also filter by ownership");
                prefix = f.category() == null ? "o:" : "co:" + f.category() + "|";
            }
            case "subtype" -> {
                refuseIf(f.ownership() != null || (f.category() != null && !f.category().equals("NEW_FORM")),
                        f.ownership() != null ? "ownership" : "category",
                        "the subtype breakdown is of new-form workers and takes no other filter");
                prefix = "s:";
            }
            case "trip-length" -> prefix = "d:";
            case "destination" -> prefix = "dest:";
            case "fund" -> prefix = "fund:";
            default -> throw new IllegalStateException(by);
        }
        if (by.equals("trip-length") || by.equals("destination") || by.equals("fund")) {
            refuseIf(f.category() != null || f.ownership() != null, f.category() != null ? "category" : "ownership",
                    "the " + by + " breakdown takes no category or ownership filter");
        }
        CounterDoc doc;
        String method;
        if (preAggregated(f)) {
            doc = counters.getOrEmpty(scopeDoc(f, f.period().key()));
            method = PRE_AGGREGATED;
        } else {
            doc = aggregate(scan(f), r -> true);
            method = TRIP_SCAN;
        }
        CounterDoc yearDoc = by.equals("category") && f.ownership() == null && f.programme() == null
                ? yearDoc(f, doc) : null;
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, Long>> section : doc.sectionsWithPrefix(prefix).entrySet()) {
            String key = section.getKey().substring(prefix.length());
            if (!suffix.isEmpty()) {
                if (!key.endsWith(suffix)) {
                    continue;
                }
                key = key.substring(0, key.length() - suffix.length());
            }
            Long eligible = yearDoc == null ? null : yearDoc.get(CoverageKeys.category(key), CoverageKeys.ELIGIBLE);
            items.add(item(key, null, doc, section.getKey(), eligible));
        }
        if (yearDoc != null) {
            // categories with eligible workers but nobody served yet
            for (String category : CATEGORIES) {
                long eligible = yearDoc.get(CoverageKeys.category(category), CoverageKeys.ELIGIBLE);
                if (eligible != 0 && items.stream().noneMatch(i -> i.key().equals(category))) {
                    items.add(item(category, null, doc, CoverageKeys.category(category), eligible));
                }
            }
            items.sort((a, b) -> a.key().compareTo(b.key()));
        }
        return new Breakdown(by, f.period().label(), method, items);
    }

    private Breakdown byRegion(Filter f) {
        refuseIf(f.region() == null || f.programme() != null || !f.subtree(), "region",
                "a breakdown by region needs a region with its subtree (subtree=true) and no programme");
        List<BodyDirectoryEntry> children = directory.children(new BodyId(f.region()));
        String cell = cell(f);
        List<Item> items = new ArrayList<>();
        if (preAggregated(f)) {
            List<String> ids = new ArrayList<>();
            List<String> yearIds = new ArrayList<>();
            ids.add(CoverageKeys.own(f.region(), f.period().key()));
            yearIds.add(CoverageKeys.own(f.region(), CoverageKeys.year(f.period().year())));
            for (BodyDirectoryEntry child : children) {
                ids.add(CoverageKeys.sub(child.bodyId(), f.period().key()));
                yearIds.add(CoverageKeys.sub(child.bodyId(), CoverageKeys.year(f.period().year())));
            }
            Set<String> all = new LinkedHashSet<>(ids);
            all.addAll(yearIds);
            Map<String, CounterDoc> docs = counters.getAll(all);
            for (int i = 0; i < ids.size(); i++) {
                CounterDoc doc = docs.getOrDefault(ids.get(i), CounterDoc.empty(ids.get(i)));
                CounterDoc year = docs.getOrDefault(yearIds.get(i), CounterDoc.empty(yearIds.get(i)));
                String key = i == 0 ? f.region() : children.get(i - 1).bodyId();
                String label = i == 0 ? "own programmes of " + f.region() : children.get(i - 1).name();
                items.add(item(key, label, doc, cell, f.ownership() == null ? year.get(cell, CoverageKeys.ELIGIBLE)
                        : null));
            }
            return new Breakdown("region", f.period().label(), PRE_AGGREGATED, items);
        }
        List<Scanned> records = scan(f);
        Map<String, CounterDoc> eligible = new HashMap<>();
        Integer year = f.period().singleYear();
        if (year != null) {
            List<String> yearIds = new ArrayList<>();
            yearIds.add(CoverageKeys.own(f.region(), CoverageKeys.year(year)));
            children.forEach(c -> yearIds.add(CoverageKeys.sub(c.bodyId(), CoverageKeys.year(year))));
            eligible = counters.getAll(yearIds);
        }
        CounterDoc own = aggregate(records, s -> s.record().body().equals(f.region()));
        items.add(item(f.region(), "own programmes of " + f.region(), own, cell,
                eligibleOf(eligible, year == null ? null : CoverageKeys.own(f.region(), CoverageKeys.year(year)),
                        cell, f)));
        for (BodyDirectoryEntry child : children) {
            CounterDoc doc = aggregate(records, s -> s.path().contains(child.bodyId()));
            items.add(item(child.bodyId(), child.name(), doc, cell, eligibleOf(eligible,
                    year == null ? null : CoverageKeys.sub(child.bodyId(), CoverageKeys.year(year)), cell, f)));
        }
        return new Breakdown("region", f.period().label(), TRIP_SCAN, items);
    }

    private static Long eligibleOf(Map<String, CounterDoc> docs, String id, String cell, Filter f) {
        if (id == null || f.ownership() != null) {
            return null;
        }
        CounterDoc doc = docs.get(id);
        return doc == null ? 0L : doc.get(cell, CoverageKeys.ELIGIBLE);
    }

    private Breakdown byMonth(Filter f) {
        refuseIf(f.period().isMonth(), "month", "a breakdown by month needs a year or a date range");
        String cell = cell(f);
        List<Item> items = new ArrayList<>();
        if (f.period().isYear() && f.programme() == null) {
            List<String> months = f.period().months();
            List<String> ids = months.stream().map(m -> scopeDoc(f, m)).toList();
            Map<String, CounterDoc> docs = counters.getAll(ids);
            CounterDoc yearDoc = yearDoc(f, null);
            Long eligible = yearDoc == null || f.ownership() != null ? null : yearDoc.get(cell, CoverageKeys.ELIGIBLE);
            for (int i = 0; i < months.size(); i++) {
                items.add(item(months.get(i), null, docs.getOrDefault(ids.get(i), CounterDoc.empty(ids.get(i))),
                        cell, eligible));
            }
            return new Breakdown("month", f.period().label(), PRE_AGGREGATED, items);
        }
        List<Scanned> records = scan(f);
        CounterDoc yearDoc = yearDoc(f, null);
        Long eligible = yearDoc == null || f.ownership() != null || f.programme() != null ? null
                : yearDoc.get(cell, CoverageKeys.ELIGIBLE);
        for (String month : f.period().months()) {
            CounterDoc doc = aggregate(records,
                    s -> CoverageKeys.month(s.record().year(), s.record().month()).equals(month));
            items.add(item(month, null, doc, cell, eligible));
        }
        return new Breakdown("month", f.period().label(), TRIP_SCAN, items);
    }

    private static Item item(String key, String label, CounterDoc doc, String section, Long eligible) {
        long pt = doc.get(section, CoverageKeys.PERSON_TIMES);
        long distinct = doc.get(section, CoverageKeys.DISTINCT);
        long days = doc.get(section, CoverageKeys.DAYS);
        long spend = doc.get(section, CoverageKeys.SPEND);
        return new Item(key, label, pt, distinct, days, Figures0.yuan(spend), Figures0.perCapita(spend, pt),
                Figures0.perCapita(spend, distinct), Figures0.perCapita(spend, days), eligible,
                eligible == null ? null : Figures0.rate(distinct, eligible));
    }

    // ------------------------------------------------------------------ eligible workers

    /** Eligible workers registered at the body itself for the year, per category. */
    public Map<String, Long> eligibleRegistered(String body, int year) {
        CounterDoc doc = counters.getOrEmpty(CoverageKeys.own(body, CoverageKeys.year(year)));
        Map<String, Long> counts = new TreeMap<>();
        for (String category : CATEGORIES) {
            if (doc.hasSection(CoverageKeys.category(category))
                    && doc.section(CoverageKeys.category(category)).containsKey(CoverageKeys.ELIGIBLE)) {
                counts.put(category, doc.get(CoverageKeys.category(category), CoverageKeys.ELIGIBLE));
            }
        }
        return counts;
    }

    /** A programme's planned headcount, person-times and distinct workers (from its pre-aggregated document). */
    public CounterDoc programmeDoc(String programme) {
        return counters.getOrEmpty(CoverageKeys.programme(programme));
    }

    // ------------------------------------------------------------------ internals

    private void validate(Filter f) {
        if (f.programme() == null && f.region() == null) {
            throw new QueryRefused("invalid-filter", "region", "give a region (or a programme)");
        }
        if (f.region() != null && directory.find(new BodyId(f.region())).isEmpty()) {
            throw QueryRefused.notFound("region", "union body " + f.region() + " is not registered");
        }
        if (f.category() != null && !CATEGORIES.contains(f.category())) {
            throw new QueryRefused("invalid-filter", "category", "category is one of " + CATEGORIES);
        }
        if (f.ownership() != null && !OWNERSHIPS.contains(f.ownership())) {
            throw new QueryRefused("invalid-filter", "ownership", "ownership is one of " + OWNERSHIPS);
        }
    }

    private static void refuseIf(boolean condition, String field, String message) {
        if (condition) {
            throw new QueryRefused("unsupported-filter", field, message);
        }
    }

    private boolean preAggregated(Filter f) {
        return f.period().preAggregated() && (f.programme() == null || f.period().isYear());
    }

    private static String cell(Filter f) {
        if (f.category() != null && f.ownership() != null) {
            return CoverageKeys.categoryOwnership(f.category(), f.ownership());
        }
        if (f.category() != null) {
            return CoverageKeys.category(f.category());
        }
        if (f.ownership() != null) {
            return CoverageKeys.ownership(f.ownership());
        }
        return CoverageKeys.ALL;
    }

    private static String scopeDoc(Filter f, String periodKey) {
        if (f.programme() != null) {
            return CoverageKeys.programme(f.programme());
        }
        return f.subtree() ? CoverageKeys.sub(f.region(), periodKey) : CoverageKeys.own(f.region(), periodKey);
    }

    /** The year document of the selection (eligible counts, planned headcount), or null across years. */
    private CounterDoc yearDoc(Filter f, CounterDoc periodDoc) {
        if (f.programme() != null) {
            return f.period().isYear() && periodDoc != null ? periodDoc
                    : counters.getOrEmpty(CoverageKeys.programme(f.programme()));
        }
        Integer year = f.period().singleYear();
        if (year == null) {
            return null;
        }
        if (f.period().isYear() && periodDoc != null) {
            return periodDoc;
        }
        return counters.getOrEmpty(scopeDoc(f, CoverageKeys.year(year)));
    }

    /** An attended record found by the trip scan, with its worker and its body's path. */
    record Scanned(AttendanceRecord record, String worker, List<String> path) {
    }

    /**
     * The exact path for arbitrary date ranges: the trips of every body of the scope in every month the range
     * touches (listed in the bodies' month documents), filtered by start date, read with their attended workers.
     */
    private List<Scanned> scan(Filter f) {
        StatisticsPeriod period = f.period();
        Set<String> tripIds = new LinkedHashSet<>();
        if (f.programme() != null) {
            programmeDoc(f.programme()).sectionsWithPrefix("t:").keySet().forEach(t -> tripIds.add(t.substring(2)));
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

    private static <E extends Enum<E>> Set<String> names(Class<E> type) {
        Set<String> names = new LinkedHashSet<>();
        EnumSet.allOf(type).forEach(e -> names.add(e.name()));
        return names;
    }

    /** Short alias, so that the record named Figures can keep its name. */
    private static final class Figures0 {
        static String yuan(long fen) {
            return org.unionfund.ledger.platform.projection.Figures.yuan(fen);
        }

        static String perCapita(long fen, long n) {
            return org.unionfund.ledger.platform.projection.Figures.perCapita(fen, n);
        }

        static String rate(long a, long b) {
            return org.unionfund.ledger.platform.projection.Figures.rate(a, b);
        }
    }
}
