package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Indicator;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The report's earmark compliance (专项资金合规): a table per earmarked line of the region (consolidated) with its
 * total, one by region (the body's own lines, then each child region rolled up), and the headline indicators — each
 * figure {@link EarmarkQueries}' own.
 */
final class EarmarkComplianceTable {

    private EarmarkComplianceTable() {
    }

    private static Column[] figures() {
        return new Column[] {Column.amount("earmarked", "专项资金（元）"), Column.amount("spent", "已支出（元）"),
            Column.amount("eligibleSpent", "合规支出（元）"), Column.amount("otherSpent", "其他支出（元）"),
            Column.ratio("compliance", "合规率"), Column.ratio("utilisation", "使用率")};
    }

    private static List<Object> cells(EarmarkQueries.EarmarkFigures f) {
        return Arrays.asList(Amount.of(f.earmarked()), Amount.of(f.spent()), Amount.of(f.eligibleSpent()),
                Amount.of(f.otherSpent()), Ratio.rate(f.compliance()), Ratio.rate(f.utilisation()));
    }

    static List<Table> of(ReportSources sources, int year, BodyDirectoryEntry body) {
        EarmarkQueries.EarmarkView view = sources.earmarks().earmarks(year, body.bodyId(), true);
        List<Column> lineColumns = new ArrayList<>(List.of(Column.text("fundName", "资金"), Column.text("fund", "资金代码"),
                Column.text("earmark", "专项")));
        lineColumns.addAll(List.of(figures()));
        List<List<Object>> lineRows = new ArrayList<>();
        for (EarmarkQueries.Line line : view.lines()) {
            List<Object> row = new ArrayList<>(Arrays.asList(line.fundName(), line.fund(), line.earmark()));
            row.addAll(cells(line.figures()));
            lineRows.add(row);
        }
        List<Object> total = new ArrayList<>(Arrays.asList("合计", null, null));
        total.addAll(cells(view.totals()));
        lineRows.add(total);

        EarmarkQueries.RegionsView regions = sources.earmarks().regions(year, body.bodyId());
        List<Column> regionColumns = new ArrayList<>(List.of(Column.text("key", "单位代码"),
                Column.text("name", "地区")));
        regionColumns.addAll(List.of(figures()));
        List<List<Object>> regionRows = new ArrayList<>();
        List<Object> regionTotal = new ArrayList<>(List.of(body.bodyId(), "合计（" + body.name() + "）"));
        regionTotal.addAll(cells(regions.total()));
        regionRows.add(regionTotal);
        for (EarmarkQueries.RegionRow r : regions.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.body(), r.subtree() ? r.name() : r.name() + "（本级）"));
            row.addAll(cells(r.figures()));
            regionRows.add(row);
        }
        return List.of(new Table("earmarks", "专项资金合规（按资金线）", lineColumns, lineRows),
                new Table("earmarks_by_region", "专项资金合规（按地区）", regionColumns, regionRows));
    }

    /** Headline figures of the region's earmarked lines (group {@code earmarks}). */
    static List<Indicator> indicators(ReportSources sources, int year, String body) {
        EarmarkQueries.EarmarkFigures f = sources.earmarks().earmarks(year, body, true).totals();
        return List.of(new Indicator("earmarks", "earmarked", "专项资金", "元", Amount.of(f.earmarked())),
                new Indicator("earmarks", "spent", "专项资金支出", "元", Amount.of(f.spent())),
                new Indicator("earmarks", "eligibleSpent", "其中：合规支出", "元", Amount.of(f.eligibleSpent())),
                new Indicator("earmarks", "compliance", "专项资金合规率", "%", Ratio.rate(f.compliance())),
                new Indicator("earmarks", "utilisation", "专项资金使用率", "%", Ratio.rate(f.utilisation())));
    }
}
