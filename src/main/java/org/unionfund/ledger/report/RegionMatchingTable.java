package org.unionfund.ledger.report;

import java.util.List;

import org.unionfund.ledger.directory.api.BodyDirectoryEntry;
import org.unionfund.ledger.matching.query.MatchingQueries;

/**
 * The report's region matching table (区域资金配套): the body's whole region first (合计), then each child region
 * rolled up — the requirements received, required, committed by the deadline, late, ratio and outcome — each row the
 * matching query's own region figures.
 */
final class RegionMatchingTable {

    private RegionMatchingTable() {
    }

    static Table of(ReportSources sources, int year, BodyDirectoryEntry body, List<BodyDirectoryEntry> children) {
        Table.Builder table = new Table.Builder("region_matching", "区域资金配套", Column.text("key", "单位代码"),
                Column.text("name", "地区"), Column.integer("requirements", "配套要求（笔）"),
                Column.integer("met", "已达标"), Column.integer("shortfalls", "有缺口"), Column.integer("open", "未到期"),
                Column.amount("required", "应配套（元）"), Column.amount("committedByDeadline", "按期到位（元）"),
                Column.amount("committedLate", "逾期到位（元）"), Column.ratio("matchingRatio", "配套率"),
                Column.amount("shortfall", "记录缺口（元）"), Column.text("outcome", "结果代码"),
                Column.text("outcomeLabel", "结果"));
        row(table, sources.matching().region(year, body.bodyId(), true), body.bodyId(), "合计（" + body.name() + "）");
        for (BodyDirectoryEntry child : children) {
            row(table, sources.matching().region(year, child.bodyId(), true), child.bodyId(), child.name());
        }
        return table.build();
    }

    private static void row(Table.Builder table, MatchingQueries.RegionView m, String key, String name) {
        String outcome = outcome(m);
        table.row(key, name, m.allocations(), m.met(), m.shortfalls(), m.open(), Amount.of(m.required()),
                Amount.of(m.committedByDeadline()), Amount.of(m.committedLate()), Ratio.rate(m.matchingRatio()),
                Amount.of(m.shortfall()), outcome, ReportLabels.matchingStatus(outcome));
    }

    /** Any shortfall makes the region SHORTFALL; otherwise anything still open (or nothing required) OPEN. */
    static String outcome(MatchingQueries.RegionView m) {
        if (m.shortfalls() > 0) {
            return "SHORTFALL";
        }
        return m.open() > 0 || m.allocations() == 0 ? "OPEN" : "MET";
    }
}
