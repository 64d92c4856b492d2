package org.unionfund.ledger.reporting.query;

import org.unionfund.ledger.relief.query.EligibleCounts;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;

import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalBook;

import com.mongodb.client.MongoDatabase;

/**
 * The read side a report is computed from: the projections engineer's query classes and the body directory, either
 * the live beans or new instances over a shadow database replayed to a cut (the same code, other collections).
 */
public record ReportSources(CoverageQueries coverage, BudgetQueries budgets, MatchingQueries matching,
        BodyDirectory directory, EarmarkQueries earmarks, ReliefReadModel relief, ApprovalReports approvals) {

    /** The query classes over a (shadow) database, with the body directory as replayed into it. */
    public static ReportSources over(MongoDatabase database) {
        MongoBodyDirectory directory = new MongoBodyDirectory(database);
        return new ReportSources(new CoverageQueries(database, directory), new BudgetQueries(database, directory),
                new MatchingQueries(database, directory), directory,
                new EarmarkQueries(database, directory),
                new ReliefReadModel(database, new EligibleCounts(database), directory),
                new ApprovalReports(database, new ProposalBook(database)));
    }
}
