package org.unionfund.ledger.statistics.coverage;

import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.statistics.coverage.CoverageQueries.Filter;

/**
 * The documents a selection reads: its period's document (pre-aggregated, or summed by the trip scan), its year
 * document (eligible counts, planned headcount) and the cell (section) its category and ownership filters pick.
 */
final class CoverageDocs {

    /** A selection's document and how it was obtained ({@link CoverageQueries#PRE_AGGREGATED} or trip scan). */
    record Selected(CounterDoc doc, String method) {
    }

    private final CounterReader counters;
    private final TripScan scan;

    CoverageDocs(CounterReader counters, TripScan scan) {
        this.counters = counters;
        this.scan = scan;
    }

    Selected select(Filter f) {
        if (preAggregated(f)) {
            return new Selected(counters.getOrEmpty(scopeDoc(f, f.period().key())), CoverageQueries.PRE_AGGREGATED);
        }
        return new Selected(TripScan.aggregate(scan.scan(f), r -> true), CoverageQueries.TRIP_SCAN);
    }

    /** The year document of the selection (eligible counts, planned headcount), or null across years. */
    CounterDoc yearDoc(Filter f, CounterDoc periodDoc) {
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

    static boolean preAggregated(Filter f) {
        return f.period().preAggregated() && (f.programme() == null || f.period().isYear());
    }

    static String cell(Filter f) {
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

    static String scopeDoc(Filter f, String periodKey) {
        if (f.programme() != null) {
            return CoverageKeys.programme(f.programme());
        }
        return f.subtree() ? CoverageKeys.sub(f.region(), periodKey) : CoverageKeys.own(f.region(), periodKey);
    }
}
