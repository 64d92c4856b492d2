package org.unionfund.ledger.audit.asof;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.funds.query.BodyAccountsView;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.funds.query.TrialBalanceView;

import com.mongodb.client.MongoDatabase;

/**
 * The budget, coverage and balance queries of the live API, answered as of a cut: each runs the live query class
 * against the cut's shadow collections (with the body directory as replayed to the cut as well).
 */
@Service
public record AsOfQueries(AsOfReplays replays) {

    public AsOfAnswer<BudgetQueries.BudgetView> budget(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo,
            int year, String region, boolean subtree, String fund, String earmark) {
        return answer(asOf, effectiveFrom, effectiveTo,
                db -> new BudgetQueries(db, new MongoBodyDirectory(db)).budget(year, region, subtree, fund, earmark));
    }

    /** Matching figures as known at the cut: before a revision was recorded, the first outcome. */
    public AsOfAnswer<MatchingQueries.RegionView> matching(String asOf, int year, String region, boolean subtree) {
        return answer(asOf, null, null,
                db -> new MatchingQueries(db, new MongoBodyDirectory(db)).region(year, region, subtree));
    }

    public AsOfAnswer<MatchingQueries.AllocationPage> matchingAllocations(String asOf, int year, String region,
            boolean subtree, int page, int size) {
        return answer(asOf, null, null, db -> new MatchingQueries(db, new MongoBodyDirectory(db))
                .allocations(year, region, subtree, page, size));
    }

    public AsOfAnswer<BudgetQueries.ProgrammeBudgetView> programme(String asOf, LocalDate effectiveFrom,
            LocalDate effectiveTo, String programme) {
        return answer(asOf, effectiveFrom, effectiveTo,
                db -> new BudgetQueries(db, new MongoBodyDirectory(db)).programme(programme));
    }

    public AsOfAnswer<CoverageQueries.Figures> coverage(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo,
            StatisticsPeriod period, String region, boolean subtree, String programme, String category,
            String ownership) {
        return answer(asOf, effectiveFrom, effectiveTo, db -> new CoverageQueries(db, new MongoBodyDirectory(db))
                .figures(new CoverageQueries.Filter(period, region, subtree, programme, category, ownership)));
    }

    public AsOfAnswer<BodyAccountsView> accounts(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo,
            String bodyId, Integer year) {
        return answer(asOf, effectiveFrom, effectiveTo, db -> {
            String ledger = new MongoBodyDirectory(db).find(new org.unionfund.ledger.kernel.BodyId(bodyId))
                    .map(e -> e.ledgerId()).orElseThrow(() -> RequestProblem.notFound("bodyId", "union body "
                            + bodyId + " was not registered yet at the cut"));
            return new BodyAccountsView(bodyId, ledger, year, new LedgerBalances(db).accountsOf(bodyId, year));
        });
    }

    public AsOfAnswer<TrialBalanceView> trialBalance(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo,
            String ledgerId, int year) {
        return answer(asOf, effectiveFrom, effectiveTo, db -> new LedgerBalances(db).trialBalance(ledgerId, year));
    }

    private <T> AsOfAnswer<T> answer(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo,
            Function<MongoDatabase, T> query) {
        AsOfAnswer<MongoDatabase> view = replays.view(replays.cut(asOf, effectiveFrom, effectiveTo));
        return new AsOfAnswer<>(view.asOf(), view.replayedEvents(), view.cached(), query.apply(view.answer()));
    }

}
