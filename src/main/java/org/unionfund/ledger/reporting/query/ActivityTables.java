package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;

/** The activity tables of a yearly report: by region (with budgets) and by category, subtype, ownership, month. */
final class ActivityTables {

    private ActivityTables() {
    }

    private static final Column[] ACTIVITY = {Column.integer("personTimes", "人次"),
        Column.integer("distinctWorkers", "人数"), Column.integer("participantDays", "人天"),
        Column.amount("spend", "结算支出（元）"), Column.amount("perPersonTime", "人均（元/人次）"),
        Column.amount("perDistinctWorker", "人均（元/人）"), Column.amount("perParticipantDay", "每人每天（元）")};

    private static List<Object> activity(CoverageQueries.Item item) {
        List<Object> cells = new ArrayList<>();
        cells.add(item.personTimes());
        cells.add(item.distinctWorkers());
        cells.add(item.participantDays());
        cells.add(Amount.of(item.spend()));
        cells.add(Amount.of(item.perPersonTime()));
        cells.add(Amount.of(item.perDistinctWorker()));
        cells.add(Amount.of(item.perParticipantDay()));
        return cells;
    }

    static Table byRegion(BodyDirectoryEntry region, CoverageQueries.Breakdown breakdown,
            BudgetQueries.BudgetView own, List<BudgetQueries.BudgetView> children) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("key", "单位代码"), Column.text("name", "单位")));
        columns.addAll(List.of(ACTIVITY));
        columns.addAll(List.of(Column.integer("eligibleWorkers", "登记符合条件职工"),
                Column.ratio("coverageRate", "覆盖率"), Column.amount("budget", "可用预算（元）"),
                Column.amount("spent", "结算支出（预算口径，元）"), Column.ratio("executionRate", "执行率")));
        List<List<Object>> rows = new ArrayList<>();
        List<CoverageQueries.Item> items = breakdown.items();
        for (int i = 0; i < items.size(); i++) {
            CoverageQueries.Item item = items.get(i);
            BudgetQueries.BudgetFigures b = (i == 0 ? own : children.get(i - 1)).totals();
            List<Object> row = new ArrayList<>();
            row.add(item.key());
            row.add(i == 0 ? region.name() + "（本级）" : item.label());
            row.addAll(activity(item));
            row.add(item.eligibleWorkers());
            row.add(Ratio.rate(item.coverageRate()));
            row.add(Amount.of(b.budget()));
            row.add(Amount.of(b.spent()));
            row.add(Ratio.rate(b.executionRate()));
            rows.add(row);
        }
        return new Table("by_region", "按地区", columns, rows);
    }

    static Table breakdown(String name, String title, String keyLabel,
            CoverageQueries.Breakdown breakdown, UnaryOperator<String> label, boolean eligible) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("key", "代码"), Column.text("label", keyLabel)));
        columns.addAll(List.of(ACTIVITY));
        if (eligible) {
            columns.add(Column.integer("eligibleWorkers", "登记符合条件职工"));
            columns.add(Column.ratio("coverageRate", "覆盖率"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageQueries.Item item : breakdown.items()) {
            List<Object> row = new ArrayList<>();
            row.add(item.key());
            row.add(label.apply(item.key()));
            row.addAll(activity(item));
            if (eligible) {
                row.add(item.eligibleWorkers());
                row.add(Ratio.rate(item.coverageRate()));
            }
            rows.add(row);
        }
        return new Table(name, title, columns, rows);
    }
}
