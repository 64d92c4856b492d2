package org.unionfund.ledger.statistics.coverage;

import static org.unionfund.ledger.statistics.coverage.CoverageQueries.PRE_AGGREGATED;
import static org.unionfund.ledger.statistics.coverage.CoverageQueries.TRIP_SCAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.statistics.coverage.CoverageQueries.Breakdown;
import org.unionfund.ledger.statistics.coverage.CoverageQueries.Filter;
import org.unionfund.ledger.statistics.coverage.CoverageQueries.Item;
import org.unionfund.ledger.statistics.coverage.TripScan.Scanned;

/**
 * Coverage broken down by one dimension: by a section prefix of the selection's document (category, subtype,
 * ownership, trip length, destination, fund), by region (the region's own programmes and each child's subtree) or
 * by month, each with the selection's eligible workers where they are defined.
 */
final class CoverageBreakdowns {

    private final CounterReader counters;
    private final BodyDirectory directory;
    private final CoverageDocs docs;
    private final TripScan scan;

    CoverageBreakdowns(CounterReader counters, BodyDirectory directory, CoverageDocs docs, TripScan scan) {
        this.counters = counters;
        this.directory = directory;
        this.docs = docs;
        this.scan = scan;
    }

    Breakdown breakdown(Filter f, String by) {
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
        CoverageDocs.Selected selected = docs.select(f);
        CounterDoc doc = selected.doc();
        String method = selected.method();
        CounterDoc yearDoc = by.equals("category") && f.ownership() == null && f.programme() == null
                ? docs.yearDoc(f, doc) : null;
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
            for (String category : CoverageQueries.CATEGORIES) {
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
        String cell = CoverageDocs.cell(f);
        List<Item> items = new ArrayList<>();
        if (CoverageDocs.preAggregated(f)) {
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
            Map<String, CounterDoc> found = counters.getAll(all);
            for (int i = 0; i < ids.size(); i++) {
                CounterDoc doc = found.getOrDefault(ids.get(i), CounterDoc.empty(ids.get(i)));
                CounterDoc year = found.getOrDefault(yearIds.get(i), CounterDoc.empty(yearIds.get(i)));
                String key = i == 0 ? f.region() : children.get(i - 1).bodyId();
                String label = i == 0 ? "own programmes of " + f.region() : children.get(i - 1).name();
                items.add(item(key, label, doc, cell, f.ownership() == null ? year.get(cell, CoverageKeys.ELIGIBLE)
                        : null));
            }
            return new Breakdown("region", f.period().label(), PRE_AGGREGATED, items);
        }
        List<Scanned> records = scan.scan(f);
        Map<String, CounterDoc> eligible = new HashMap<>();
        Integer year = f.period().singleYear();
        if (year != null) {
            List<String> yearIds = new ArrayList<>();
            yearIds.add(CoverageKeys.own(f.region(), CoverageKeys.year(year)));
            children.forEach(c -> yearIds.add(CoverageKeys.sub(c.bodyId(), CoverageKeys.year(year))));
            eligible = counters.getAll(yearIds);
        }
        CounterDoc own = TripScan.aggregate(records, s -> s.record().body().equals(f.region()));
        items.add(item(f.region(), "own programmes of " + f.region(), own, cell,
                eligibleOf(eligible, year == null ? null : CoverageKeys.own(f.region(), CoverageKeys.year(year)),
                        cell, f)));
        for (BodyDirectoryEntry child : children) {
            CounterDoc doc = TripScan.aggregate(records, s -> s.path().contains(child.bodyId()));
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
        String cell = CoverageDocs.cell(f);
        List<Item> items = new ArrayList<>();
        if (f.period().isYear() && f.programme() == null) {
            List<String> months = f.period().months();
            List<String> ids = months.stream().map(m -> CoverageDocs.scopeDoc(f, m)).toList();
            Map<String, CounterDoc> found = counters.getAll(ids);
            CounterDoc yearDoc = docs.yearDoc(f, null);
            Long eligible = yearDoc == null || f.ownership() != null ? null : yearDoc.get(cell, CoverageKeys.ELIGIBLE);
            for (int i = 0; i < months.size(); i++) {
                items.add(item(months.get(i), null, found.getOrDefault(ids.get(i), CounterDoc.empty(ids.get(i))),
                        cell, eligible));
            }
            return new Breakdown("month", f.period().label(), PRE_AGGREGATED, items);
        }
        List<Scanned> records = scan.scan(f);
        CounterDoc yearDoc = docs.yearDoc(f, null);
        Long eligible = yearDoc == null || f.ownership() != null || f.programme() != null ? null
                : yearDoc.get(cell, CoverageKeys.ELIGIBLE);
        for (String month : f.period().months()) {
            CounterDoc doc = TripScan.aggregate(records,
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
        return new Item(key, label, pt, distinct, days, Figures.yuan(spend), Figures.perCapita(spend, pt),
                Figures.perCapita(spend, distinct), Figures.perCapita(spend, days), eligible,
                eligible == null ? null : Figures.rate(distinct, eligible));
    }

    private static void refuseIf(boolean condition, String field, String message) {
        if (condition) {
            throw new QueryRefused("unsupported-filter", field, message);
        }
    }
}
