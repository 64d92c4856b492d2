package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.query.ReliefFigures;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportNumbers;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The sections of a yearly report for the relief programme kinds it has (送温暖/帮扶, 健康筛查, 特病补贴), one per
 * kind: a one-line summary, budget and execution, persons reached and amounts by group with coverage, and by region
 * rolled up, each with its 合计 row. Table names start with the kind ({@code relief_}, {@code screening_},
 * {@code subsidy_}). Absent for a body without relief campaigns in the year, so such a report is unchanged.
 */
final class ReliefTables {

    private ReliefTables() {
    }

    static List<Table> of(ReliefReadModel relief, int year, String bodyId) {
        if (!relief.hasCampaigns(bodyId, year)) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        for (ReliefFigures f : relief.figures(bodyId, year).byKind()) {
            tables.addAll(section(f, ReliefKind.valueOf(f.kind())));
        }
        return tables;
    }

    private static List<Table> section(ReliefFigures f, ReliefKind kind) {
        String p = kind.name().toLowerCase(Locale.ROOT) + "_";
        Table summary = new Table.Builder(p + "summary", kind.nameZh() + "概况", Column.text("summary", "概况"))
                .row(sentence(f, kind)).build();
        Table.Builder groups = new Table.Builder(p + "by_group", kind.nameZh() + "（按群体）",
                Column.text("groupName", "群体"), Column.text("group", "群体代码"),
                Column.integer("persons", "惠及人数"), Column.integer("payments", "人次"),
                Column.amount("amount", "金额"), Column.amount("perCapita", "人均"),
                Column.integer("eligible", "在册人数"), Column.ratio("coverage", "覆盖率"));
        for (ReliefFigures.GroupRow g : f.byGroup()) {
            groups.row(g.nameZh(), g.group(), g.persons(), g.payments(), Amount.of(g.amount()), amount(g.perCapita()),
                    g.eligible(), ratio(g.coverage()));
        }
        Table.Builder regions = new Table.Builder(p + "by_region", kind.nameZh() + "（按地区）",
                Column.text("regionName", "地区"), Column.text("region", "地区代码"),
                Column.integer("persons", "惠及人数"), Column.integer("payments", "人次"),
                Column.amount("amount", "金额"), Column.amount("perCapita", "人均"));
        for (ReliefFigures.RegionRow r : f.byRegion()) {
            regions.row(r.name(), r.bodyId(), r.persons(), r.payments(), Amount.of(r.amount()), amount(r.perCapita()));
        }
        Map<String, Object> total = new HashMap<>();
        total.put("persons", f.persons());
        total.put("payments", f.payments());
        total.put("amount", Amount.of(f.paid()));
        total.put("perCapita", amount(f.perCapita()));
        Table budget = new Table.Builder(p + "budget", kind.nameZh() + "预算执行", Column.text("label", "项目"),
                Column.amount("budget", "预算"), Column.amount("paid", "已支出"), Column.ratio("executionRate", "执行率"))
                .row(kind.nameZh(), Amount.of(f.budget()), Amount.of(f.paid()), ratio(f.executionRate())).build();
        return List.of(summary, budget, groups.build().withTotal(total), regions.build().withTotal(total));
    }

    /** As the seed reads: "抚顺市总工会2024年健康筛查：投入300,000.00元（约30万元），惠及1,113人…". */
    static String sentence(ReliefFigures f, ReliefKind kind) {
        StringBuilder s = new StringBuilder(f.bodyName()).append(f.year()).append("年").append(kind.nameZh())
                .append("：投入").append(ReportNumbers.yuanText(Amount.of(f.budget()))).append("，惠及")
                .append(ReportNumbers.count(f.persons())).append("人（").append(ReportNumbers.count(f.payments()))
                .append("人次），支出").append(ReportNumbers.yuanText(Amount.of(f.paid())));
        if (f.perCapita() != null) {
            s.append("，人均").append(ReportNumbers.yuan(Amount.of(f.perCapita()))).append("元");
        }
        if (f.coverage() != null) {
            s.append("，在册").append(ReportNumbers.count(f.eligible())).append("人覆盖率")
                    .append(ReportNumbers.ratio(Ratio.rate(f.coverage())));
        }
        return s.append("，执行率").append(ReportNumbers.ratio(ratio(f.executionRate()))).append("。").toString();
    }

    private static Amount amount(String yuan) {
        return yuan == null ? null : Amount.of(yuan);
    }

    private static Ratio ratio(String rate) {
        return rate == null ? null : Ratio.rate(rate);
    }
}
