package org.unionfund.ledger.reporting.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;

/**
 * The 合计 rows of the report's tables. Each total is the query classes' own figure for the whole selection (the
 * region's coverage, its consolidated budget, its matching figures), never a sum the report computes: 人数 of a
 * month table is the distinct workers of the year, not the sum of the months, and rates are the region's rates.
 * Where the rows partition the selection, the counts and amounts of the total equal the sums of the rows (tested).
 */
final class TotalRows {

    private TotalRows() {
    }

    /** An activity table (by region, category, subtype, ownership, month) totalled by the figures of its selection. */
    static Table activity(Table table, CoverageQueries.Figures f) {
        if (table.rows().isEmpty()) {
            return table;
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("personTimes", f.personTimes());
        cells.put("distinctWorkers", f.distinctWorkers());
        cells.put("participantDays", f.participantDays());
        cells.put("spend", Amount.of(f.spend()));
        cells.put("perPersonTime", Amount.of(f.perPersonTime()));
        cells.put("perDistinctWorker", Amount.of(f.perDistinctWorker()));
        cells.put("perParticipantDay", Amount.of(f.perParticipantDay()));
        if (table.column("eligibleWorkers") >= 0) {
            cells.put("eligibleWorkers", f.eligibleWorkers());
            cells.put("coverageRate", Ratio.rate(f.coverageRate()));
        }
        return table.withTotal(cells);
    }

    /** The region table: activity of the region and its consolidated budget. */
    static Table byRegion(Table table, CoverageQueries.Figures f, BudgetQueries.BudgetFigures budget) {
        Table withActivity = activity(table, f);
        if (withActivity.total() == null) {
            return table;
        }
        Map<String, Object> cells = cellsOf(withActivity);
        cells.put("budget", Amount.of(budget.budget()));
        cells.put("spent", Amount.of(budget.spent()));
        cells.put("executionRate", Ratio.rate(budget.executionRate()));
        return table.withTotal(cells);
    }

    /** The matching requirements: the region's matching figures. */
    static Table matching(Table table, MatchingQueries.RegionView m) {
        if (table.rows().isEmpty()) {
            return table;
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("allocated", Amount.of(m.allocated()));
        cells.put("required", Amount.of(m.required()));
        cells.put("committedByDeadline", Amount.of(m.committedByDeadline()));
        cells.put("committedLate", Amount.of(m.committedLate()));
        cells.put("matchingRatio", Ratio.rate(m.matchingRatio()));
        cells.put("outstanding", Amount.of(m.outstanding()));
        cells.put("shortfall", Amount.of(m.shortfall()));
        cells.put("achievedRatio", Ratio.rate(m.ratio()));
        cells.put("revisions", m.revisions());
        return table.withTotal(cells);
    }

    private static Map<String, Object> cellsOf(Table table) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 1; i < table.columns().size(); i++) {
            if (table.total().get(i) != null) {
                cells.put(table.columns().get(i).key(), table.total().get(i));
            }
        }
        return cells;
    }
}
