package org.unionfund.ledger.statistics.coverage;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.BodyDirectory;
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

    static final Set<String> CATEGORIES = names(WorkerCategory.class);
    private static final Set<String> OWNERSHIPS = names(EmployerOwnership.class);

    private final CounterReader counters;
    private final BodyDirectory directory;
    private final CoverageDocs docs;
    private final CoverageBreakdowns breakdowns;

    public CoverageQueries(MongoDatabase database, BodyDirectory directory) {
        this.counters = new CounterReader(database.getCollection(CoverageProjection.COUNTERS));
        this.directory = directory;
        TripScan scan = new TripScan(counters, new CounterReader(database.getCollection(CoverageProjection.TRIPS)),
                new CounterReader(database.getCollection(CoverageProjection.PROGRAMMES)), directory);
        this.docs = new CoverageDocs(counters, scan);
        this.breakdowns = new CoverageBreakdowns(counters, directory, docs, scan);
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
        String cell = CoverageDocs.cell(f);
        boolean filtered = f.category() != null || f.ownership() != null;
        CoverageDocs.Selected selected = docs.select(f);
        CounterDoc doc = selected.doc();
        String method = selected.method();
        CounterDoc yearDoc = docs.yearDoc(f, doc);
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
        return breakdowns.breakdown(f, by);
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
