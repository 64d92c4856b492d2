package org.unionfund.ledger.statistics.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageKeys;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The statistics query API. Every GET answers JSON by default and CSV with {@code Accept: text/csv}; amounts are yuan
 * strings with two decimals, rates decimal strings with four. Definitions of every figure: docs/queries.md.
 */
@RestController
@RequestMapping(value = "/api/v1/statistics", produces = {"application/json", "text/csv"})
@Tag(name = "Statistics", description = "Coverage, per-capita spending, budgets, matching compliance and leverage, "
        + "read from pre-aggregated projections (eventually consistent with the log)")
public record StatisticsController(CoverageQueries coverage, BudgetQueries budgets, MatchingQueries matching,
        ScopeGuard scope) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    // ------------------------------------------------------------------ responses

    public record CoverageResponse(String period, String method, String region, boolean subtree, String programme,
            String category, String ownership, long personTimes, long distinctWorkers, long participantDays,
            Long eligibleWorkers, String coverageRate, Long plannedHeadcount, String planCompletion,
            Long newFormWorkers, String newFormShare, Long nonPublicWorkers, String nonPublicShare, long trips) {

        static CoverageResponse of(CoverageQueries.Figures f) {
            return new CoverageResponse(f.period(), f.method(), f.region(), f.subtree(), f.programme(), f.category(),
                    f.ownership(), f.personTimes(), f.distinctWorkers(), f.participantDays(), f.eligibleWorkers(),
                    f.coverageRate(), f.plannedHeadcount(), f.planCompletion(), f.newFormWorkers(), f.newFormShare(),
                    f.nonPublicWorkers(), f.nonPublicShare(), f.trips());
        }
    }

    public record PerCapitaResponse(String period, String method, String region, boolean subtree, String programme,
            String category, String ownership, long personTimes, long distinctWorkers, long participantDays,
            String spend, String perPersonTime, String perDistinctWorker, String perParticipantDay) {

        static PerCapitaResponse of(CoverageQueries.Figures f) {
            return new PerCapitaResponse(f.period(), f.method(), f.region(), f.subtree(), f.programme(), f.category(),
                    f.ownership(), f.personTimes(), f.distinctWorkers(), f.participantDays(), f.spend(),
                    f.perPersonTime(), f.perDistinctWorker(), f.perParticipantDay());
        }
    }

    public record BreakdownResponse(String by, String period, String method, String region, boolean subtree,
            String programme, String category, String ownership, int page, int size, int totalItems,
            List<CoverageQueries.Item> items) {
    }

    public record BudgetResponse(int year, String region, boolean subtree, String fund, String earmark,
            BudgetQueries.BudgetFigures totals, BudgetQueries.InternalTransfers internalTransfers,
            List<BudgetQueries.OwnFunds> ownFunds, List<BudgetQueries.ProgrammeLine> programmes, int page, int size,
            int totalLines, List<BudgetQueries.Line> lines) {
    }

    public record ProgrammeResponse(String programme, String body, Integer year, String budget, String spent,
            String reversed, String remaining, String executionRate, Long plannedHeadcount, long personTimes,
            long distinctWorkers, String planCompletion, List<BudgetQueries.ProgrammeLineFigures> lines) {
    }

    public record AllocationsResponse(int year, String region, boolean subtree, int page, int size, int totalItems,
            List<MatchingQueries.AllocationView> items) {
    }

    // ------------------------------------------------------------------ coverage and per-capita

    @GetMapping("/coverage")
    @Operation(summary = "Coverage: person-times, distinct workers, eligible workers and coverage rate, planned "
            + "headcount and plan completion, shares of new-form and non-public workers",
            description = "Scope: a region (body id) with its subtree (default) or only its own programmes "
                    + "(subtree=false), or a programme. Period: year, month (YYYY-MM) — key look-ups — or from/to "
                    + "(any other range: exact trip scan, slower). Filters: category, ownership (eligible counts "
                    + "are registered per category only, so with an ownership filter coverage is null).")
    public CoverageResponse coverage(@ParameterObject FigureFilter filter) {
        return CoverageResponse.of(coverage.figures(filter.toQuery()));
    }

    @GetMapping("/per-capita")
    @Operation(summary = "Per-capita spending: union-funded settled spend ÷ person-times, ÷ distinct workers and ÷ "
            + "participant-days", description = "Same scope, period and filters as /coverage.")
    public PerCapitaResponse perCapita(@ParameterObject FigureFilter filter) {
        return PerCapitaResponse.of(coverage.figures(filter.toQuery()));
    }

    @GetMapping("/breakdown")
    @Operation(summary = "Person-times, distinct workers, participant-days, spend and the per-capita figures broken "
            + "down by region (the children of the region, rolled up, plus the region's own programmes), category "
            + "(with eligible workers and coverage rate), subtype (new-form), ownership, trip-length, month, "
            + "destination or fund (programme line)", description = "Paged (page from 0, size up to 1000). "
            + "Distinct workers of different items may add up to more than the total: a worker counted in two "
            + "categories (two trips) counts once in each.")
    public BreakdownResponse breakdown(
            @Parameter(description = "region, category, subtype, ownership, trip-length, month, destination, fund")
            @RequestParam String by, @ParameterObject FigureFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        checkPage(page, size);
        CoverageQueries.Breakdown breakdown = coverage.breakdown(filter.toQuery(), by);
        List<CoverageQueries.Item> items = slice(breakdown.items(), page, size);
        return new BreakdownResponse(by, breakdown.period(), breakdown.method(), filter.region(),
                filter.programme() == null && filter.subtree(), filter.programme(), filter.category(),
                filter.ownership(), page, size, breakdown.items().size(), items);
    }

    // ------------------------------------------------------------------ budgets

    @GetMapping("/budgets")
    @Operation(summary = "Budget of a body and year, per fund and earmark line: established, received, allocated "
            + "down, matched, carried in, budget, set aside for programmes, spent, reversed, carried out, available, "
            + "execution rate (执行率 = settled spend ÷ budget)", description = "subtree=true (default): the "
            + "consolidated view of the region's subtree, where transfers between its bodies count once (left out of "
            + "the lines, reported in internalTransfers, whose sides must net to zero: balanced). fund / earmark "
            + "select lines (earmark=NONE: unrestricted lines); the totals are then over the selected lines. Lines "
            + "are paged.")
    public BudgetResponse budget(@RequestParam int year, @RequestParam String region,
            @RequestParam(defaultValue = "true") boolean subtree,
            @RequestParam(required = false) String fund,
            @RequestParam(required = false) String earmark,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        checkPage(page, size);
        BudgetQueries.BudgetView view = budgets.budget(year, region, subtree, fund, earmark);
        return new BudgetResponse(view.year(), view.region(), view.subtree(), view.fund(), view.earmark(),
                view.totals(), view.internalTransfers(), view.ownFunds(), view.programmes(), page, size,
                view.lines().size(), slice(view.lines(), page, size));
    }

    @GetMapping("/budgets/programmes/{programmeId}")
    @Operation(summary = "A programme's budget lines (set aside, spent, reversed, remaining, execution rate) with "
            + "its planned headcount, person-times, distinct workers and plan completion")
    @ScopedInHandler
    public ProgrammeResponse programme(@PathVariable String programmeId) {
        BudgetQueries.ProgrammeBudgetView view = budgets.programme(programmeId);
        if (view.body() != null) {
            scope.read(view.body(), "programmeId");
        }
        CounterDoc doc = coverage.programmeDoc(programmeId);
        long planned = doc.get(CoverageKeys.ALL, CoverageKeys.PLANNED);
        long distinct = doc.get(CoverageKeys.ALL, CoverageKeys.DISTINCT);
        return new ProgrammeResponse(view.programme(), view.body(), view.year(), view.budget(), view.spent(),
                view.reversed(), view.remaining(), view.executionRate(), planned,
                doc.get(CoverageKeys.ALL, CoverageKeys.PERSON_TIMES), distinct, Figures.rate(distinct, planned),
                view.lines());
    }

    @GetMapping("/leverage")
    @Operation(summary = "Leverage (带动比) of a province: all own funds of its county-level-and-above unions ÷ the "
            + "province's own funds", description = "Own funds are money entering the ledger at a body (fund "
            + "establishments and matching commitments), so every yuan counts once; optionally of one purpose.")
    public BudgetQueries.LeverageView leverage(
            @Parameter(description = "The province federation's body id", example = "330000")
            @RequestParam String region, @RequestParam int year,
            @RequestParam(required = false) String purpose) {
        return budgets.leverage(region, year, purpose);
    }

    // ------------------------------------------------------------------ matching

    @GetMapping("/matching")
    @Operation(summary = "Matching compliance of a region and year (allocations received in the year): required, "
            + "committed by the deadline, committed late, matching ratio, outstanding, shortfall recorded, counts by "
            + "status", description = "subtree=true (default): the requirements the region received from above "
            + "(for a root: those it issued) and one-line allocations received anywhere in it; subtree=false: those "
            + "received by the body. ratio: on time ÷ required, 6 significant digits; matchingRatio: 4 decimals.")
    public MatchingQueries.RegionView matching(@RequestParam int year, @RequestParam String region,
            @RequestParam(defaultValue = "true") boolean subtree) {
        return matching.region(year, region, subtree);
    }

    @GetMapping("/matching/regions")
    @Operation(summary = "Matching compliance of a region and of each of its direct children (the region first)",
            description = "Each item as GET /matching with subtree=true: the requirements the area received from "
                    + "above it (docs/queries.md, Matching API).")
    public MatchingQueries.RegionsView matchingRegions(@RequestParam int year, @RequestParam String region) {
        return matching.regions(year, region);
    }

    @GetMapping("/matching/allocations")
    @Operation(summary = "Matching compliance per allocation (paged, by ledger/allocation id)")
    public AllocationsResponse allocations(@RequestParam int year, @RequestParam String region,
            @RequestParam(defaultValue = "true") boolean subtree,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        checkPage(page, size);
        MatchingQueries.AllocationPage found = matching.allocations(year, region, subtree, page, size);
        return new AllocationsResponse(year, region, subtree, page, size, found.total(), found.items());
    }

    // ------------------------------------------------------------------ helpers

    static void checkPage(int page, int size) {
        if (page < 0) {
            throw new QueryRefused("invalid-page", "page", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new QueryRefused("invalid-page", "size", "size is 1 to " + MAX_SIZE);
        }
    }

    static <T> List<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) page * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

}
