package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.testsupport.LedgerAppTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * An insider with a MongoDB client on the store changes events and commits in every way issue 16 lists; each time
 * the verify API names the first bad global sequence and the kind. Hashes a forger recomputes use the public scheme
 * ({@code ChainHash}, {@code CheckpointHashing}); every change goes through the plain client.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.seal-interval=200ms", "ledger.matching.scheduler-enabled=false",
        "ledger.eventstore.gap-timeout=3s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsiderTamperTest extends InsiderSetting {

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
        // an insider's forged commit carries event ids of its own (the store refuses a repeated event id)
        copy.getList("events", Document.class).forEach(e -> e.put("eventId", java.util.UUID.randomUUID().toString()));
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
}
