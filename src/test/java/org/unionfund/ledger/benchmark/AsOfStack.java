package org.unionfund.ledger.benchmark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.support.GenericApplicationContext;
import org.unionfund.ledger.audit.asof.AsOfReplays;
import org.unionfund.ledger.audit.lineage.LineageProjection;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.statistics.coverage.EventStoreTripHistory;
import org.unionfund.ledger.funds.directory.BodyDirectoryProjection;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.projection.CollectionDigest;
import org.unionfund.ledger.platform.projection.CutReplays;
import org.unionfund.ledger.funds.query.AccountBalanceProjection;
import org.unionfund.ledger.funds.query.MatchingDeadlineProjection;
import org.unionfund.ledger.statistics.matching.MatchingProjection;
import org.unionfund.ledger.platform.projection.ProjectionRegistry;
import org.unionfund.ledger.recuperation.standard.query.StandardsProjection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * The production {@link AsOfReplays} over a {@link ProjectionRegistry} that sees the application's projections —
 * the four batch projections (coverage, budget, matching, account balances) and the four per-event
 * {@code @ProcessingGroup} beans (matching deadlines, standards, body directory, lineage) — registered in a plain application
 * context of just these beans instead of the whole Spring Boot context.
 */
final class AsOfStack implements AutoCloseable {

    private final GenericApplicationContext context = new GenericApplicationContext();
    final ProjectionRegistry registry;
    final CutReplays cutReplays;
    final AsOfReplays replays;

    AsOfStack(MongoDatabase database, EventStore store, ObjectMapper json) {
        this(database, store, json, 0);
    }

    /** @param checkpointEvery seal projection snapshots every this many events during as-of replays (0: never) */
    AsOfStack(MongoDatabase database, EventStore store, ObjectMapper json, long checkpointEvery) {
        MongoBodyDirectory directory = new MongoBodyDirectory(database);
        context.registerBean(ObjectMapper.class, () -> json);
        context.registerBean(MongoBodyDirectory.class, () -> directory);
        context.registerBean(BodyDirectoryProjection.class, () -> new BodyDirectoryProjection(directory));
        context.registerBean(MatchingDeadlineProjection.class, () -> new MatchingDeadlineProjection(database));
        context.registerBean(StandardsProjection.class, () -> new StandardsProjection(database));
        context.registerBean(LineageProjection.class, () -> new LineageProjection(database, json, new CommitLog(database)));
        context.refresh();
        registry = new ProjectionRegistry(context, database, List.of(
                new CoverageProjection(database, new EventStoreTripHistory(store)), new BudgetProjection(database),
                new MatchingProjection(database), new AccountBalanceProjection(database)));
        cutReplays = new CutReplays(store, registry, database, checkpointEvery);
        replays = new AsOfReplays(new CommitLog(database), cutReplays, AuditStack.PROPERTIES);
    }

    /** Documents and SHA-256 of every collection of every projection, as a view (live or as of a cut) holds them. */
    Map<String, String> digests(MongoDatabase view) {
        Map<String, String> digests = new TreeMap<>();
        for (ProjectionRegistry.Entry entry : registry.all()) {
            for (String collection : entry.collections()) {
                CollectionDigest.Digest d = CollectionDigest.digest(view.getCollection(collection));
                digests.put(collection, d.documents() + " " + d.sha256());
            }
        }
        return digests;
    }

    @Override
    public void close() {
        replays.destroy();
        context.close();
    }
}
