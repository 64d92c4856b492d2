package org.unionfund.ledger.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionfund.ledger.LedgerApplication;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.testsupport.TestKeys;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.testsupport.Patience;

/** Helpers of the audit tests. */
public final class AuditTesting {

    /** The projections compared after an import (the ledger core's and the audit's own). */
    public static final List<String> PROJECTION_COLLECTIONS = List.of("account_balances", "account_index",
            "postings", "matching_deadlines", "matching_commitments", "standards", "body_directory",
            "audit_lineage_postings", "audit_lineage_accounts", "audit_lineage_refs");

    private AuditTesting() {
    }

    /** A second application on an empty database of its own (its own embedded server), for imports. */
    public record Instance(ConfigurableApplicationContext context) implements AutoCloseable {

        public String url() {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        }

        public ProcessorAdmin processors() {
            return context.getBean(ProcessorAdmin.class);
        }

        public MongoDatabase database() {
            return context.getBean(MongoDatabase.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    public static Instance startEmptyInstance() {
        String database = "import_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--ledger.mongo.database=" + database,
                "--ledger.audit.key-dir=" + TestKeys.dir(database),
                "--ledger.mongo.embedded.backend=memory",
                "--ledger.mongo.embedded.port=0",
                "--ledger.matching.scheduler-enabled=false",
                "--ledger.audit.sealer-enabled=false",
                "--ledger.demo.enabled=false",
                "--spring.config.import=optional:classpath:security/test-users.properties",
                "--spring.main.banner-mode=off"));
        String uri = TestMongo.configuredUri();
        if (uri != null) {
            arguments.add("--ledger.mongo.uri=" + uri);
        }
        return new Instance(new SpringApplicationBuilder(LedgerApplication.class).run(arguments.toArray(String[]::new)));
    }

    /** A collection's documents ordered by {@code _id} (as text). */
    public static List<Document> documents(MongoDatabase database, String collection) {
        List<Document> all = new ArrayList<>();
        database.getCollection(collection).find().into(all);
        all.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
        return all;
    }

    /** The commit's {@code hashes} or {@code prevs} binary with entry {@code index} replaced (for tampering). */
    public static Binary withHash(Document commit, String field, int index, String hex) {
        byte[] bytes = commit.get(field, Binary.class).getData().clone();
        System.arraycopy(ChainHash.bytes(hex), 0, bytes, index * ChainHash.BYTES, ChainHash.BYTES);
        return new Binary(bytes);
    }

    /** Waits until every processor has handled the whole log. */
    public static void awaitCaughtUp(ProcessorAdmin processors) {
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<ProcessorStatus> all = processors.all();
            return all.stream().allMatch(s -> !s.segments().isEmpty() && s.caughtUp() && s.position() >= s.head()
                    && s.segments().stream().allMatch(segment -> segment.error() == null));
        });
    }
}
