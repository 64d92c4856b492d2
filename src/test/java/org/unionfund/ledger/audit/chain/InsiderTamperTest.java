package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.audit.AuditScenario;
import org.unionfund.ledger.audit.AuditTesting;
import org.unionfund.ledger.eventstore.CommitLog;
import org.unionfund.ledger.eventstore.CommitRecord;
import org.unionfund.ledger.eventstore.EventRecord;
import org.unionfund.ledger.ledger.api.AllocateFundsCommand;
import org.unionfund.ledger.ledger.api.AllocationId;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.processing.ProcessorAdmin;
import org.unionfund.ledger.store.MongoStoreConfiguration.EmbeddedMongoHolder;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * An insider with a MongoDB client on the store (the embedded store's credentials, as the application holds them)
 * tampers in every way issue 16 lists; each time the verify API names the first bad global sequence and the kind.
 * The background sealer runs every 200 ms, as in production every few seconds. Hashes a forger recomputes use the
 * public scheme ({@code ChainHash}, {@code CheckpointHashing}); every change goes through the plain client.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.seal-interval=200ms", "ledger.matching.scheduler-enabled=false",
        "ledger.eventstore.gap-timeout=3s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsiderTamperTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    CommitLog log;
    @Autowired
    EmbeddedMongoHolder embedded;
    @Autowired
    MongoDatabase appDatabase;

    MongoClient insider;
    MongoCollection<Document> events;
    MongoCollection<Document> checkpoints;
    RestClient http;
    InsiderMoves moves;

    @BeforeAll
    void scenario() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        for (Object command : AuditScenario.commands()) {
            commands.sendAndWait(command);
        }
        AuditTesting.awaitCaughtUp(processors);
        insider = MongoClients.create(embedded.mongo().connectionString());
        MongoDatabase database = insider.getDatabase(appDatabase.getName());
        events = database.getCollection("events");
        checkpoints = database.getCollection("checkpoints");
        moves = new InsiderMoves(events, checkpoints, log, http);
        moves.awaitSealedToHead();
    }

    @AfterAll
    void close() {
        insider.close();
    }

    @Test
    @Order(1)
    void anUntouchedLogVerifiesWithEveryCheckpointSigned() throws Exception {
        JsonNode result = moves.verify();
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(checkpoints.find(eq("signature", null)).into(new ArrayList<>()))
                .allMatch(c -> "latest".equals(c.get("_id")));
    }

    @Test
    @Order(2)
    void aChangedEventFieldIsNamedAtItsEvent() throws Exception {
        long commit = log.commitOf("trip:T-MAY", 2).first();
        moves.tampered(commit, () -> events.updateOne(eq("_id", commit), Updates.set("events.1.payload.total.fen", 1)),
                commit + 1, "content-hash");
    }

    @Test
    @Order(3)
    void aChangedCommitHeaderIsNamedAtItsCommit() throws Exception {
        long commit = log.commitOf("trip:T-SF", 0).first();
        moves.tampered(commit, () -> events.updateOne(eq("_id", commit), Updates.set("recordedAt", new java.util.Date(0))),
                commit, "commit-hash");
    }

    @Test
    @Order(4)
    void aConsistentRewriteWithEveryHashRecomputedIsCaughtByTheSignature() throws Exception {
        long head = log.head();
        CommitRecord newest = log.commitContaining(head);
        Document original = events.find(eq("_id", newest.first())).first();
        Document checkpoint = checkpoints.find(and(lte("from", newest.first()), gte("to", newest.first()))).first();
        try {
            moves.forgeNewestEvent(newest, original);
            // The forger also recomputes the checkpoint over the rewritten stretch.
            long from = ((Number) checkpoint.get("from")).longValue();
            long to = ((Number) checkpoint.get("to")).longValue();
            CheckpointHashing.Accumulator accumulator = new CheckpointHashing.Accumulator();
            for (Document commit : events.find(and(gte("_id", from), lte("_id", to))).sort(Sorts.ascending("_id"))) {
                accumulator.commit(commit.getString("hash"));
            }
            String forged = accumulator.finish(((Number) checkpoint.get("_id")).longValue(), from, to,
                    checkpoint.getString("prev"), List.of());
            checkpoints.updateOne(eq("_id", checkpoint.get("_id")), Updates.set("hash", forged));

            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("first").path("position").asLong()).isEqualTo(from);
            assertThat(result.path("first").path("kind").asText()).isEqualTo("checkpoint-signature");
            assertThat(moves.kinds(result)).contains("checkpoint-rewritten");
        } finally {
            events.replaceOne(eq("_id", newest.first()), original);
            checkpoints.replaceOne(eq("_id", checkpoint.get("_id")), checkpoint);
        }
        moves.assertClean();
    }

    @Test
    @Order(5)
    void aConsistentRewriteLeavingTheCheckpointIsCaughtByTheCheckpoint() throws Exception {
        long head = log.head();
        CommitRecord newest = log.commitContaining(head);
        Document original = events.find(eq("_id", newest.first())).first();
        try {
            moves.forgeNewestEvent(newest, original);
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("kind").asText()).isEqualTo("checkpoint-mismatch");
        } finally {
            events.replaceOne(eq("_id", newest.first()), original);
        }
        moves.assertClean();
    }

    @Test
    @Order(6)
    void aDeletedCommitIsNamedByItsSequenceNumbers() throws Exception {
        long commit = log.commitOf("trip:T-SF", 1).first();
        moves.tampered(commit, () -> events.deleteOne(eq("_id", commit)), commit, "missing-commit");
    }

    @Test
    @Order(7)
    void theDeletedNewestCommitIsNamedOnceSealed() throws Exception {
        long newest = log.commitContaining(log.head()).first();
        moves.tampered(newest, () -> events.deleteOne(eq("_id", newest)), newest, "missing-commit");
    }

    @Test
    @Order(8)
    void anInsertedCommitIsNamed() throws Exception {
        long newest = log.commitContaining(log.head()).first();
        Document copy = events.find(eq("_id", newest)).first();
        long fake = log.head() + 1000;
        copy.put("_id", fake);
        copy.put("last", fake + ((Number) copy.get("last")).longValue() - newest);
        copy.remove("aggKeys");
        events.insertOne(copy);
        try {
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("position").asLong()).isEqualTo(log.head() + 1);
            assertThat(result.path("first").path("kind").asText()).isEqualTo("structure");
            assertThat(result.path("first").path("detail").asText()).contains("outside the global sequence");
        } finally {
            events.deleteOne(eq("_id", fake));
        }
        moves.assertClean();
    }

    @Test
    @Order(9)
    void swappedPayloadsAreNamedAtTheFirstOfTheTwo() throws Exception {
        long may = log.commitOf("trip:T-MAY", 0).first();
        long sf = log.commitOf("trip:T-SF", 0).first();
        Document mayDoc = events.find(eq("_id", may)).first();
        Document sfDoc = events.find(eq("_id", sf)).first();
        try {
            events.updateOne(eq("_id", may), Updates.set("events.0.payload",
                    sfDoc.getList("events", Document.class).get(0).get("payload")));
            events.updateOne(eq("_id", sf), Updates.set("events.0.payload",
                    mayDoc.getList("events", Document.class).get(0).get("payload")));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("position").asLong()).isEqualTo(Math.min(may, sf));
            assertThat(result.path("first").path("kind").asText()).isEqualTo("content-hash");
        } finally {
            events.replaceOne(eq("_id", may), mayDoc);
            events.replaceOne(eq("_id", sf), sfDoc);
        }
        moves.assertClean();
    }

    @Test
    @Order(10)
    void reorderedEventsInACommitAreNamed() throws Exception {
        Document multi = null;
        for (Document commit : events.find()) {
            if (commit.getList("events", Document.class, List.of()).size() > 1) {
                multi = commit;
                break;
            }
        }
        assertThat(multi).as("a commit with several events").isNotNull();
        long first = ((Number) multi.get("_id")).longValue();
        List<Document> reversed = new ArrayList<>(multi.getList("events", Document.class));
        java.util.Collections.reverse(reversed);
        moves.tampered(first, () -> events.updateOne(eq("_id", first), Updates.set("events", reversed)), first, null);
    }

    @Test
    @Order(11)
    void reorderedCommitsAreNamed() throws Exception {
        // Two neighbouring commits of one event each trade places.
        Document docA = null;
        Document docB = null;
        for (Document commit : events.find().sort(Sorts.ascending("_id"))) {
            boolean single = commit.get("_id").equals(commit.get("last"));
            if (single && docA != null && ((Number) commit.get("_id")).longValue()
                    == ((Number) docA.get("_id")).longValue() + 1) {
                docB = commit;
                break;
            }
            docA = single ? commit : null;
        }
        assertThat(docB).as("two neighbouring single-event commits").isNotNull();
        long a = ((Number) docA.get("_id")).longValue();
        long b = a + 1;
        try {
            events.deleteOne(eq("_id", a));
            events.deleteOne(eq("_id", b));
            events.insertOne(new Document(docB).append("_id", a).append("last", a));
            events.insertOne(new Document(docA).append("_id", b).append("last", b));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("position").asLong()).isIn(a, b);
        } finally {
            events.deleteOne(eq("_id", a));
            events.deleteOne(eq("_id", b));
            events.insertOne(docA);
            events.insertOne(docB);
        }
        moves.assertClean();
        assertThat(log.read(a, 1).get(0).events().get(0).gseq()).isEqualTo(a);
    }

    @Test
    @Order(12)
    void aChangedCheckpointIsNamed() throws Exception {
        Document checkpoint = checkpoints.find(eq("_id", 1L)).first();
        try {
            checkpoints.updateOne(eq("_id", 1L), Updates.set("to", ((Number) checkpoint.get("to")).longValue() - 1));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(moves.kinds(result)).contains("checkpoint-signature");
        } finally {
            checkpoints.replaceOne(eq("_id", 1L), checkpoint);
        }
        moves.assertClean();
    }

    @Test
    @Order(13)
    void aDeletedCheckpointIsNamedAndTheSealerDoesNotSealOverIt() throws Exception {
        Document pointer = checkpoints.find(eq("_id", "latest")).first();
        long latest = ((Number) pointer.get("number")).longValue();
        Document newest = checkpoints.find(eq("_id", latest)).first();
        try {
            checkpoints.deleteOne(eq("_id", latest));
            checkpoints.updateOne(eq("_id", "latest"), Updates.set("number", latest - 1));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("kind").asText()).isEqualTo("checkpoint-deleted");
            Thread.sleep(600); // three sealer rounds: it must not seal the stretch again
            assertThat(checkpoints.find(eq("_id", latest)).first()).isNull();
        } finally {
            checkpoints.replaceOne(eq("_id", latest), newest, new ReplaceOptions().upsert(true));
            checkpoints.replaceOne(eq("_id", "latest"), pointer);
        }
        moves.assertClean();
    }

    @Test
    @Order(14)
    void anExpiredGapBecomesASignedVoidedRecordNotASilentHole() throws Exception {
        MongoCollection<Document> sequences = insider.getDatabase(appDatabase.getName()).getCollection("sequences");
        long before = log.head();
        // A writer reserves two numbers and dies before storing its commit.
        sequences.updateOne(eq("_id", "events"), Updates.inc("value", 2L));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> events.find(eq("_id", before + 1)).first() != null);
        Document voided = events.find(eq("_id", before + 1)).first();
        assertThat(voided.getString("voided")).startsWith("expired");
        assertThat(voided.get("last")).isEqualTo(before + 2);
        moves.awaitSealedToHead();
        JsonNode result = moves.verify();
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(moves.kinds(result)).contains("voided");
    }

    @Test
    @Order(15)
    void aReusedAggregateSequenceAfterDeletingTheNewestCommitIsNamed() throws Exception {
        // The newest commit is the ledger's (the scenario ends with a reversal); the insider deletes it once sealed.
        long victim = log.head();
        while (log.commitContaining(victim).events().isEmpty()) {
            victim = log.commitContaining(victim).first() - 1; // skip the voided record of the previous test
        }
        victim = log.commitContaining(victim).first();
        EventRecord deleted = log.commitContaining(victim).events().get(0);
        assertThat(deleted.aggregateId()).isEqualTo(GongshuCase.LEDGER.rootBodyId());
        events.deleteOne(eq("_id", victim));
        commands.sendAndWait(new AllocateFundsCommand(GongshuCase.LEDGER, new AllocationId("A-AFTER-DELETE"),
                GongshuCase.ZHEJIANG, GongshuCase.ZJ_FUND, null, GongshuCase.HANGZHOU, GongshuCase.yuan(100),
                java.time.LocalDate.of(2025, 6, 1), null));
        assertThat(log.head()).isGreaterThan(victim);
        JsonNode result = moves.verify();
        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("first").path("position").asLong()).isEqualTo(victim);
        assertThat(result.path("first").path("kind").asText()).isEqualTo("missing-commit");
    }
}
