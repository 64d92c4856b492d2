package org.unionfund.ledger.audit.asof.web;


import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.asof.AsOfAnswer;
import org.unionfund.ledger.audit.asof.AsOfQueries;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.web.FigureFilter;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.funds.query.BodyAccountsView;
import org.unionfund.ledger.funds.query.TrialBalanceView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit/as-of")
@Tag(name = "Audit: as-of", description = "Budget, coverage and balances as the ledger stood at a point of its "
        + "history (known-at: a global sequence, an instant or a date) about a business period (effectiveFrom/To)")
public record AsOfController(AsOfQueries queries) {

    private static final String AS_OF = AsOfCut.AS_OF;

    @GetMapping("/budgets")
    @Operation(summary = "GET /api/v1/statistics/budgets as of a cut", description = "The same figures as the live "
            + "budget query, from projections replayed up to the cut; with effectiveFrom/effectiveTo only money "
            + "events whose posting date lies in that period count.")
    public AsOfAnswer<BudgetQueries.BudgetView> budget(@ParameterObject AsOfCut cut,
            @RequestParam int year, @RequestParam String region, @RequestParam(defaultValue = "true") boolean subtree,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String earmark) {
        return queries.budget(cut.asOf(), cut.effectiveFrom(), cut.effectiveTo(), year, region, subtree, fund,
                earmark);
    }

    @GetMapping("/matching")
    @Operation(summary = "GET /api/v1/statistics/matching as of a cut", description = "Matching figures as the log "
            + "stood at the cut (knowledge time): before a late-recorded commitment revised an outcome, the first "
            + "outcome. Commitments are judged on their effective dates either way.")
    public AsOfAnswer<MatchingQueries.RegionView> matching(@Parameter(description = AS_OF) @RequestParam String asOf,
            @RequestParam int year, @RequestParam String region, @RequestParam(defaultValue = "true") boolean subtree) {
        return queries.matching(asOf, year, region, subtree);
    }

    @GetMapping("/matching/allocations")
    @Operation(summary = "GET /api/v1/statistics/matching/allocations as of a cut")
    public AsOfAnswer<MatchingQueries.AllocationPage> matchingAllocations(
            @Parameter(description = AS_OF) @RequestParam String asOf, @RequestParam int year,
            @RequestParam String region, @RequestParam(defaultValue = "true") boolean subtree,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return queries.matchingAllocations(asOf, year, region, subtree, page, Math.max(1, Math.min(size, 500)));
    }

    @GetMapping("/programmes/{programme}/budget")
    @Operation(summary = "A programme's budget, spend and remainder as of a cut")
    public AsOfAnswer<BudgetQueries.ProgrammeBudgetView> programme(@PathVariable String programme,
            @ParameterObject AsOfCut cut) {
        return queries.programme(cut.asOf(), cut.effectiveFrom(), cut.effectiveTo(), programme);
    }

    @GetMapping("/coverage")
    @Operation(summary = "GET /api/v1/statistics/coverage as of a cut", description = "Person-times, distinct "
            + "workers, spend and coverage of a period (year, month or from/to: the trips' start dates) as known "
            + "at the cut.")
    public AsOfAnswer<CoverageQueries.Figures> coverage(@ParameterObject AsOfCut cut,
            @ParameterObject FigureFilter f) {
        return queries.coverage(cut.asOf(), cut.effectiveFrom(), cut.effectiveTo(),
                StatisticsPeriod.of(f.year(), f.month(), f.from(), f.to()), f.region(), f.subtree(), f.programme(),
                f.category(), f.ownership());
    }

    @GetMapping("/bodies/{bodyId}/accounts")
    @Operation(summary = "GET /api/v1/bodies/{bodyId}/accounts as of a cut")
    public AsOfAnswer<BodyAccountsView> accounts(@PathVariable String bodyId,
            @ParameterObject AsOfCut cut, @RequestParam(required = false) Integer year) {
        return queries.accounts(cut.asOf(), cut.effectiveFrom(), cut.effectiveTo(), bodyId, year);
    }

    @GetMapping("/ledgers/{ledgerId}/trial-balance")
    @Operation(summary = "GET /api/v1/ledgers/{ledgerId}/trial-balance as of a cut")
    public AsOfAnswer<TrialBalanceView> trialBalance(@PathVariable String ledgerId,
            @ParameterObject AsOfCut cut, @RequestParam int year) {
        return queries.trialBalance(cut.asOf(), cut.effectiveFrom(), cut.effectiveTo(), ledgerId, year);
    }
}
