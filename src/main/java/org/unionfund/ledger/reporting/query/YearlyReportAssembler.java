package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.reporting.model.BodyRef;
import org.unionfund.ledger.reporting.model.Indicator;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;

/**
 * Assembles the figures and tables of a yearly report from the public query methods of the read side — every figure
 * is the query classes' own (key look-ups of pre-aggregated documents); this class only arranges them, labels them
 * and adds the consolidation check (sums of parts against the consolidated figures).
 */
public final class YearlyReportAssembler {

    static final int ALLOCATION_PAGE = 500;

    /** What the assembler produces before the basis is known. */
    public record Content(BodyRef body, List<Indicator> totals, List<Table> tables) {
    }

    private YearlyReportAssembler() {
    }

    public static Content assemble(ReportSources sources, int year, String bodyId) {
        StatisticsPeriod period = StatisticsPeriod.ofYear(year);
        if (bodyId == null || bodyId.isBlank()) {
            throw new QueryRefused("invalid-filter", "body", "give a union body (e.g. body=330000)");
        }
        BodyDirectoryEntry entry = sources.directory().find(new BodyId(bodyId)).orElseThrow(() ->
                QueryRefused.notFound("body", "union body " + bodyId + " is not registered"));
        List<BodyDirectoryEntry> children = sources.directory().children(new BodyId(bodyId));
        BodyRef body = new BodyRef(entry.bodyId(), entry.name(), entry.level().name(), !children.isEmpty());

        CoverageQueries.Filter filter = new CoverageQueries.Filter(period, bodyId, true, null, null, null);
        CoverageQueries.Figures coverage = sources.coverage().figures(filter);
        CoverageQueries.Breakdown regions = sources.coverage().breakdown(filter, "region");
        CoverageQueries.Breakdown categories = sources.coverage().breakdown(filter, "category");
        CoverageQueries.Breakdown subtypes = sources.coverage().breakdown(filter, "subtype");
        CoverageQueries.Breakdown ownerships = sources.coverage().breakdown(filter, "ownership");
        CoverageQueries.Breakdown months = sources.coverage().breakdown(filter, "month");

        BudgetQueries.BudgetView budget = sources.budgets().budget(year, bodyId, true, null, null);
        BudgetQueries.BudgetView ownBudget = sources.budgets().budget(year, bodyId, false, null, null);
        List<BudgetQueries.BudgetView> childBudgets = new ArrayList<>();
        for (BodyDirectoryEntry child : children) {
            childBudgets.add(sources.budgets().budget(year, child.bodyId(), true, null, null));
        }
        BudgetQueries.LeverageView leverage = entry.level() == UnionBodyLevel.PROVINCE
                ? sources.budgets().leverage(bodyId, year, null) : null;

        MatchingQueries.RegionView matching = sources.matching().region(year, bodyId, true);
        List<MatchingQueries.AllocationView> allocations = new ArrayList<>();
        for (int page = 0; ; page++) {
            MatchingQueries.AllocationPage found = sources.matching().allocations(year, bodyId, true, page,
                    ALLOCATION_PAGE);
            allocations.addAll(found.items());
            if ((long) (page + 1) * ALLOCATION_PAGE >= found.total()) {
                break;
            }
        }

        List<Indicator> totals = totals(coverage, budget, matching, leverage);
        totals.addAll(EarmarkComplianceTable.indicators(sources, year, bodyId));
        List<Table> tables = new ArrayList<>();
        tables.add(totalsTable(totals));
        tables.add(regionTable(entry, regions, ownBudget, childBudgets));
        tables.add(breakdownTable("by_category", "按职工类别", "类别", categories, ReportLabels::category, true));
        tables.add(breakdownTable("by_subtype", "按新就业形态", "新就业形态细分", subtypes, ReportLabels::subtype,
                false));
        tables.add(breakdownTable("by_ownership", "按企业所有制", "所有制", ownerships, ReportLabels::ownership,
                false));
        tables.add(breakdownTable("by_month", "按月份", "月份", months, ReportLabels::month, false));
        tables.add(fundsTable(budget));
        tables.add(MatchingRequirementsTable.of(allocations));
        tables.add(RegionMatchingTable.of(sources, year, entry));
        tables.addAll(EarmarkComplianceTable.of(sources, year, entry));
        tables.add(consolidationTable(coverage, regions, budget, ownBudget, childBudgets));
        return new Content(body, totals, tables);
    }

    // ------------------------------------------------------------------ headline figures

    private static List<Indicator> totals(CoverageQueries.Figures c, BudgetQueries.BudgetView budget,
            MatchingQueries.RegionView m, BudgetQueries.LeverageView leverage) {
        List<Indicator> t = new ArrayList<>();
        BudgetQueries.BudgetFigures b = budget.totals();
        t.add(new Indicator("funds", "ownFunds", "自有资金投入（设立与配套）", "元", ownFunds(budget)));
        t.add(new Indicator("funds", "established", "设立资金", "元", Amount.of(b.established())));
        t.add(new Indicator("funds", "matched", "配套资金", "元", Amount.of(b.matched())));
        t.add(new Indicator("funds", "received", "上级补助收入", "元", Amount.of(b.received())));
        t.add(new Indicator("funds", "carriedIn", "上年结转", "元", Amount.of(b.carriedIn())));
        t.add(new Indicator("funds", "allocatedDown", "补助下级支出（区域外）", "元", Amount.of(b.allocatedDown())));
        t.add(new Indicator("funds", "budget", "可用预算", "元", Amount.of(b.budget())));
        t.add(new Indicator("funds", "toProgrammes", "安排项目预算", "元", Amount.of(b.toProgrammes())));
        t.add(new Indicator("funds", "spent", "结算支出", "元", Amount.of(b.spent())));
        t.add(new Indicator("funds", "spentProgrammes", "其中：项目支出", "元", Amount.of(b.spentProgrammes())));
        t.add(new Indicator("funds", "spentDirect", "其中：直接支出", "元", Amount.of(b.spentDirect())));
        t.add(new Indicator("funds", "reversed", "更正冲回", "元", Amount.of(b.reversed())));
        t.add(new Indicator("funds", "carriedOut", "结转下年", "元", Amount.of(b.carriedOut())));
        t.add(new Indicator("funds", "available", "结余", "元", Amount.of(b.available())));
        t.add(new Indicator("funds", "executionRate", "预算执行率", "%", Ratio.rate(b.executionRate())));

        BudgetQueries.InternalTransfers internal = budget.internalTransfers();
        t.add(new Indicator("allocations", "receivedFromAbove", "收到区域外上级补助", "元",
                Amount.of(b.received())));
        t.add(new Indicator("allocations", "internalSent", "区域内下拨补助", "元",
                internal == null ? null : Amount.of(internal.sent())));
        t.add(new Indicator("allocations", "internalReceived", "区域内收到补助", "元",
                internal == null ? null : Amount.of(internal.received())));
        t.add(new Indicator("allocations", "withMatchingRequirement", "带配套要求的补助", "元",
                Amount.of(m.allocated())));

        t.add(new Indicator("matching", "allocations", "带配套要求的补助笔数", "笔", m.allocations()));
        t.add(new Indicator("matching", "met", "已达标", "笔", m.met()));
        t.add(new Indicator("matching", "shortfalls", "有缺口", "笔", m.shortfalls()));
        t.add(new Indicator("matching", "open", "未到期", "笔", m.open()));
        t.add(new Indicator("matching", "required", "应配套资金", "元", Amount.of(m.required())));
        t.add(new Indicator("matching", "committedByDeadline", "按期到位", "元", Amount.of(m.committedByDeadline())));
        t.add(new Indicator("matching", "committedLate", "逾期到位", "元", Amount.of(m.committedLate())));
        t.add(new Indicator("matching", "matchingRatio", "配套率", "%", Ratio.rate(m.matchingRatio())));
        t.add(new Indicator("matching", "outstanding", "尚未到位", "元", Amount.of(m.outstanding())));
        t.add(new Indicator("matching", "shortfall", "记录缺口", "元", Amount.of(m.shortfall())));

        t.add(new Indicator("activity", "trips", "疗休养团组", "个", c.trips()));
        t.add(new Indicator("activity", "personTimes", "参加人次", "人次", c.personTimes()));
        t.add(new Indicator("activity", "distinctWorkers", "参加人数", "人", c.distinctWorkers()));
        t.add(new Indicator("activity", "participantDays", "参加人天", "人天", c.participantDays()));
        t.add(new Indicator("activity", "spend", "工会经费结算支出", "元", Amount.of(c.spend())));
        t.add(new Indicator("activity", "perPersonTime", "人均（每人次）", "元", Amount.of(c.perPersonTime())));
        t.add(new Indicator("activity", "perDistinctWorker", "人均（每人）", "元", Amount.of(c.perDistinctWorker())));
        t.add(new Indicator("activity", "perParticipantDay", "每人每天", "元", Amount.of(c.perParticipantDay())));

        t.add(new Indicator("coverage", "eligibleWorkers", "登记符合条件职工", "人", c.eligibleWorkers()));
        t.add(new Indicator("coverage", "coverageRate", "覆盖率", "%", Ratio.rate(c.coverageRate())));
        t.add(new Indicator("coverage", "plannedHeadcount", "计划人数", "人", c.plannedHeadcount()));
        t.add(new Indicator("coverage", "planCompletion", "计划完成率", "%", Ratio.rate(c.planCompletion())));
        t.add(new Indicator("coverage", "nonPublicWorkers", "非公企业（含平台）职工", "人", c.nonPublicWorkers()));
        t.add(new Indicator("coverage", "nonPublicShare", "非公企业职工占比", "%", Ratio.rate(c.nonPublicShare())));
        t.add(new Indicator("coverage", "newFormWorkers", "新就业形态劳动者", "人", c.newFormWorkers()));
        t.add(new Indicator("coverage", "newFormShare", "新就业形态劳动者占比", "%", Ratio.rate(c.newFormShare())));

        if (leverage != null) {
            t.add(new Indicator("leverage", "provinceOwnFunds", "省总本级投入", "元",
                    Amount.of(leverage.provinceOwnFunds())));
            t.add(new Indicator("leverage", "countyLevelAndAboveFunds", "县级以上工会投入", "元",
                    Amount.of(leverage.countyLevelAndAboveFunds())));
            for (String level : List.of("PROVINCE", "CITY", "COUNTY")) {
                String amount = leverage.byLevel().get(level);
                t.add(new Indicator("leverage", "funds" + capitalised(level), ReportLabels.level(level) + "工会投入",
                        "元", amount == null ? Amount.ZERO : Amount.of(amount)));
            }
            t.add(new Indicator("leverage", "leverage", "带动比", "倍", Ratio.multiple(leverage.leverage())));
        }
        return t;
    }

    private static String capitalised(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase();
    }

    /** Own money entering the ledger in the view (fund establishments and matching commitments, all purposes). */
    private static Amount ownFunds(BudgetQueries.BudgetView view) {
        Amount sum = Amount.ZERO;
        for (BudgetQueries.OwnFunds own : view.ownFunds()) {
            sum = sum.plus(Amount.of(own.amount()));
        }
        return sum;
    }

    private static Table totalsTable(List<Indicator> totals) {
        Table.Builder table = new Table.Builder("totals", "汇总", Column.text("group", "分组"),
                Column.text("key", "指标代码"), Column.text("label", "指标"), Column.text("unit", "单位"),
                Column.mixed("value", "数值"));
        for (Indicator i : totals) {
            table.row(i.group(), i.key(), i.label(), i.unit(), i.value());
        }
        return table.build();
    }

    // ------------------------------------------------------------------ breakdowns

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

    private static Table regionTable(BodyDirectoryEntry region, CoverageQueries.Breakdown breakdown,
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

    private static Table breakdownTable(String name, String title, String keyLabel,
            CoverageQueries.Breakdown breakdown, java.util.function.UnaryOperator<String> label, boolean eligible) {
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

    // ------------------------------------------------------------------ funds and matching

    private static Table fundsTable(BudgetQueries.BudgetView budget) {
        Table.Builder table = new Table.Builder("funds", "资金线", Column.text("fund", "资金"),
                Column.text("earmark", "专项"), Column.amount("established", "设立资金"),
                Column.amount("received", "上级补助收入"), Column.amount("matched", "配套资金"),
                Column.amount("carriedIn", "上年结转"), Column.amount("allocatedDown", "补助下级支出"),
                Column.amount("budget", "可用预算"), Column.amount("toProgrammes", "安排项目预算"),
                Column.amount("spent", "结算支出"), Column.amount("reversed", "更正冲回"),
                Column.amount("carriedOut", "结转下年"), Column.amount("available", "结余"),
                Column.ratio("executionRate", "执行率"));
        for (BudgetQueries.Line line : budget.lines()) {
            BudgetQueries.BudgetFigures f = line.figures();
            table.row(line.fund(), line.earmark(), Amount.of(f.established()), Amount.of(f.received()),
                    Amount.of(f.matched()), Amount.of(f.carriedIn()), Amount.of(f.allocatedDown()),
                    Amount.of(f.budget()), Amount.of(f.toProgrammes()), Amount.of(f.spent()), Amount.of(f.reversed()),
                    Amount.of(f.carriedOut()), Amount.of(f.available()), Ratio.rate(f.executionRate()));
        }
        return table.build();
    }

    // ------------------------------------------------------------------ consolidation check

    /**
     * The consolidated figures of the subtree against the sum of its parts (the body's own view and each child's
     * consolidated view): budget, spend and own funds add up because every transfer between two parts is received
     * by one and allocated down by the other; person-times and trip spend add up by construction; internal
     * transfers net to zero; trip spend (coverage) equals programme spend (budget) because both are the settled
     * charges of the programmes.
     */
    private static Table consolidationTable(CoverageQueries.Figures coverage, CoverageQueries.Breakdown regions,
            BudgetQueries.BudgetView budget, BudgetQueries.BudgetView own, List<BudgetQueries.BudgetView> children) {
        Table.Builder table = new Table.Builder("consolidation", "合并校验", Column.text("check", "校验项代码"),
                Column.text("label", "校验项"), Column.mixed("consolidated", "合并数"),
                Column.mixed("comparedWith", "对照数"), Column.mixed("difference", "差额"),
                Column.bool("balanced", "是否相符"), Column.text("comparison", "对照口径"));
        List<BudgetQueries.BudgetView> parts = new ArrayList<>();
        parts.add(own);
        parts.addAll(children);
        amountCheck(table, "budget", "可用预算", Amount.of(budget.totals().budget()),
                sum(parts, v -> Amount.of(v.totals().budget())), "本级预算＋各下级合并预算");
        amountCheck(table, "spent", "结算支出", Amount.of(budget.totals().spent()),
                sum(parts, v -> Amount.of(v.totals().spent())), "本级支出＋各下级合并支出");
        amountCheck(table, "ownFunds", "自有资金投入", ownFunds(budget), sum(parts, YearlyReportAssembler::ownFunds),
                "本级＋各下级自有资金");
        BudgetQueries.InternalTransfers internal = budget.internalTransfers();
        if (internal != null) {
            amountCheck(table, "internalTransfers", "区域内部补助往来（下拨与收到相抵）", Amount.of(internal.sent()),
                    Amount.of(internal.received()), "区域内收到补助");
        }
        long personTimes = 0;
        Amount tripSpend = Amount.ZERO;
        for (CoverageQueries.Item item : regions.items()) {
            personTimes += item.personTimes();
            tripSpend = tripSpend.plus(Amount.of(item.spend()));
        }
        table.row("personTimes", "参加人次", coverage.personTimes(), personTimes,
                coverage.personTimes() - personTimes, coverage.personTimes() == personTimes, "本级＋各下级人次");
        amountCheck(table, "tripSpend", "疗休养结算支出", Amount.of(coverage.spend()), tripSpend,
                "本级＋各下级疗休养支出");
        amountCheck(table, "tripSpendVsProgrammes", "疗休养结算支出与项目支出核对", Amount.of(coverage.spend()),
                Amount.of(budget.totals().spentProgrammes()), "预算口径项目支出");
        return table.build();
    }

    private static void amountCheck(Table.Builder table, String key, String label, Amount consolidated,
            Amount compared, String comparison) {
        Amount difference = consolidated.minus(compared);
        table.row(key, label, consolidated, compared, difference, difference.isZero(), comparison);
    }

    private static Amount sum(List<BudgetQueries.BudgetView> views,
            java.util.function.Function<BudgetQueries.BudgetView, Amount> figure) {
        Amount sum = Amount.ZERO;
        for (BudgetQueries.BudgetView view : views) {
            sum = sum.plus(figure.apply(view));
        }
        return sum;
    }
}
