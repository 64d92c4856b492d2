package org.unionfund.ledger.reporting.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.relief.query.ReliefFigures;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The relief section of a yearly report (送温暖/帮扶, screening, 特病补贴): persons reached and amounts by group with
 * coverage, and by region rolled up, each with its 合计 row. Absent for a body without relief campaigns in the year,
 * so such a report is unchanged.
 */
final class ReliefTables {

    private ReliefTables() {
    }

    static List<Table> of(ReliefReadModel relief, int year, String bodyId) {
        if (!relief.hasCampaigns(bodyId, year)) {
            return List.of();
        }
        ReliefFigures f = relief.figures(bodyId, year);
        Table.Builder groups = new Table.Builder("relief_by_group", "帮扶慰问（按慰问群体）",
                Column.text("groupName", "慰问群体"), Column.text("group", "群体代码"),
                Column.integer("persons", "慰问人数"), Column.integer("payments", "慰问人次"),
                Column.amount("amount", "金额"), Column.amount("perCapita", "人均"),
                Column.integer("eligible", "在册人数"), Column.ratio("coverage", "覆盖率"));
        for (ReliefFigures.GroupRow g : f.byGroup()) {
            groups.row(g.nameZh(), g.group(), g.persons(), g.payments(), Amount.of(g.amount()), amount(g.perCapita()),
                    g.eligible(), g.coverage() == null ? null : Ratio.rate(g.coverage()));
        }
        Table.Builder regions = new Table.Builder("relief_by_region", "帮扶慰问（按地区）",
                Column.text("regionName", "地区"), Column.text("region", "地区代码"),
                Column.integer("persons", "慰问人数"), Column.integer("payments", "慰问人次"),
                Column.amount("amount", "金额"), Column.amount("perCapita", "人均"));
        for (ReliefFigures.RegionRow r : f.byRegion()) {
            regions.row(r.name(), r.bodyId(), r.persons(), r.payments(), Amount.of(r.amount()), amount(r.perCapita()));
        }
        Map<String, Object> total = new HashMap<>();
        total.put("persons", f.persons());
        total.put("payments", f.payments());
        total.put("amount", Amount.of(f.paid()));
        total.put("perCapita", amount(f.perCapita()));
        Table budget = new Table.Builder("relief_budget", "帮扶慰问预算执行", Column.text("label", "项目"),
                Column.amount("budget", "预算"), Column.amount("paid", "已发放"), Column.ratio("executionRate", "执行率"))
                .row("帮扶慰问", Amount.of(f.budget()), Amount.of(f.paid()),
                        f.executionRate() == null ? null : Ratio.rate(f.executionRate())).build();
        return List.of(budget, groups.build().withTotal(total), regions.build().withTotal(total));
    }

    private static Amount amount(String yuan) {
        return yuan == null ? null : Amount.of(yuan);
    }
}
