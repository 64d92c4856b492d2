package org.unionfund.ledger.reporting.query;

import java.util.List;

import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The report's region matching table (区域资金配套), each region by name (its code beside it): the body's whole
 * region first (合计), then each child region rolled up — requirements received from above, required, committed by
 * the deadline, late, ratio, shortfall, revisions and outcome — each row {@link MatchingQueries#regions}' own
 * figures.
 */
final class RegionMatchingTable {

    private RegionMatchingTable() {
    }

    static Table of(ReportSources sources, int year, BodyDirectoryEntry body) {
        Table.Builder table = new Table.Builder("region_matching", "区域资金配套", Column.text("name", "地区"),
                Column.text("key", "单位代码"), Column.integer("requirements", "配套要求（笔）"),
                Column.integer("met", "已达标"), Column.integer("shortfalls", "有缺口"), Column.integer("open", "未到期"),
                Column.amount("required", "应配套（元）"), Column.amount("committedByDeadline", "按期到位（元）"),
                Column.amount("committedLate", "逾期到位（元）"), Column.amount("committedTotal", "含逾期合计（元）"),
                Column.ratio("ratio", "配套率"), Column.amount("shortfall", "缺口（元）"),
                Column.integer("revisions", "修订次数"), Column.text("outcome", "结果代码"),
                Column.text("outcomeLabel", "结果"));
        List<MatchingQueries.RegionView> rows = sources.matching().regions(year, body.bodyId()).items();
        for (int i = 0; i < rows.size(); i++) {
            MatchingQueries.RegionView m = rows.get(i);
            String outcome = outcome(m);
            table.row(i == 0 ? "合计（" + m.regionName() + "）" : m.regionName(), m.region(), m.allocations(), m.met(),
                    m.shortfalls(), m.open(), Amount.of(m.required()), Amount.of(m.committedByDeadline()),
                    Amount.of(m.committedLate()), Amount.of(m.committedTotal()), Ratio.rate(m.ratio()),
                    Amount.of(m.shortfall()), m.revisions(), outcome, ReportLabels.MATCHING_STATUS.of(outcome));
        }
        return table.build();
    }

    /** Any shortfall makes the region SHORTFALL; otherwise anything still open (or nothing required) OPEN. */
    static String outcome(MatchingQueries.RegionView m) {
        if (m.shortfalls() > 0) {
            return "SHORTFALL";
        }
        return m.open() > 0 || m.allocations() == 0 ? "OPEN" : "MET";
    }
}
