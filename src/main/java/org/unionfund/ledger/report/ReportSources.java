package org.unionfund.ledger.report;

import org.unionfund.ledger.budget.query.BudgetQueries;
import org.unionfund.ledger.coverage.query.CoverageQueries;
import org.unionfund.ledger.directory.api.BodyDirectory;
import org.unionfund.ledger.directory.query.MongoBodyDirectory;
import org.unionfund.ledger.earmark.query.EarmarkQueries;
import org.unionfund.ledger.matching.query.MatchingQueries;

import com.mongodb.client.MongoDatabase;

/**
 * The read side a report is computed from: the projections engineer's query classes and the body directory, either
 * the live beans or new instances over a shadow database replayed to a cut (the same code, other collections).
 */
public record ReportSources(CoverageQueries coverage, BudgetQueries budgets, MatchingQueries matching,
        BodyDirectory directory, EarmarkQueries earmarks) {

    /** The query classes over a (shadow) database, with the body directory as replayed into it. */
    public static ReportSources over(MongoDatabase database) {
        MongoBodyDirectory directory = new MongoBodyDirectory(database);
        return new ReportSources(new CoverageQueries(database, directory), new BudgetQueries(database, directory),
                new MatchingQueries(database, directory), directory,
                new EarmarkQueries(database, directory));
    }
}
