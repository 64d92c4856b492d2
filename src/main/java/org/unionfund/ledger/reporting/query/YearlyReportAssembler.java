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
import org.unionfund.ledger.reporting.model.Column;

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

        List<Indicator> totals = HeadlineIndicators.of(coverage, budget, matching, leverage);
        totals.addAll(EarmarkComplianceTable.indicators(sources, year, bodyId));
        List<Table> tables = new ArrayList<>();
        tables.add(totalsTable(totals));
        CoverageQueries.Figures newForm = sources.coverage().figures(
                new CoverageQueries.Filter(period, bodyId, true, null, "NEW_FORM", null));
        tables.add(TotalRows.byRegion(ActivityTables.byRegion(entry, regions, ownBudget, childBudgets), coverage,
                budget.totals()));
        tables.add(TotalRows.activity(ActivityTables.breakdown("by_category", "按职工类别", "类别", categories,
                ReportLabels.CATEGORY::of, true), coverage));
        tables.add(TotalRows.activity(ActivityTables.breakdown("by_subtype", "按新就业形态", "新就业形态细分", subtypes,
                ReportLabels.SUBTYPE::of, false), newForm));
        tables.add(TotalRows.activity(ActivityTables.breakdown("by_ownership", "按企业所有制", "所有制", ownerships,
                ReportLabels.OWNERSHIP::of, false), coverage));
        tables.add(TotalRows.activity(ActivityTables.breakdown("by_month", "按月份", "月份", months, ReportLabels::month,
                false), coverage));
        tables.add(FundsTable.of(budget));
        tables.add(TotalRows.matching(MatchingRequirementsTable.of(allocations), matching));
        tables.add(RegionMatchingTable.of(sources, year, entry));
        tables.addAll(EarmarkComplianceTable.of(sources, year, entry));
        tables.add(ConsolidationTable.of(coverage, regions, budget, ownBudget, childBudgets));
        tables.addAll(ReliefTables.of(sources.relief(), year, bodyId));
        tables.addAll(LargeAllocationsTable.of(sources, year, entry));
        return new Content(body, totals, tables);
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
}
