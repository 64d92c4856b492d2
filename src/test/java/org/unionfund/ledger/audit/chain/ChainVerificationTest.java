package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.audit.AuditTesting.withHash;
import static org.unionfund.ledger.audit.chain.ChainFixture.event;
import static org.unionfund.ledger.audit.chain.ChainFixture.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * The hash chains written by the engine, and the verifier finding and locating every kind of tampering done
 * directly with the driver.
 */
class ChainVerificationTest {

    private ChainFixture store;
    private MongoCollection<Document> events;

    @BeforeEach
    void setUp() {
        store = new ChainFixture(ChainVerificationTest.class);
        events = store.database.getCollection("events");
        // 1: a-0..2 | 4: b-0, a-3 (two aggregates in one commit) | 6: a notice without aggregate | 7: b-1..3
        // 10: voided (a refused append, as writers of before stored it) | then through a second engine 11: c-0..1,
        // 13: a-4 | 14: c-2 through the first
        store.engine.appendEvents(events("a", 0, 3));
        store.engine.appendEvents(List.of(event("b", 0), event("a", 3)));
        store.engine.appendEvents(GenericEventMessage.asEventMessage(new HashMap<>(Map.of("notice", "closed"))));
        store.engine.appendEvents(events("b", 1, 3));
        try {
            store.engine.appendEvents(event("b", 3));
        } catch (ConcurrencyException expected) {
            // the refusal takes no number
        }
        events.insertOne(refusedAsWrittenBefore(10, "refused: aggregate sequence taken"));
        LedgerEventStorageEngine second = ChainFixture.engine(store.database);
        second.appendEvents(events("c", 0, 2));
        second.appendEvents(event("a", 4));
        store.engine.appendEvents(event("c", 2));
    }

    @Test
    void every_event_is_chained_to_its_predecessor_in_its_aggregate_and_the_log_verifies() {
        VerificationResult result = store.verify();

        assertThat(result.ok()).as("%s", result.findings()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.events()).isEqualTo(13);
        Map<String, String> lastHash = new HashMap<>();
        for (CommitRecord commit : store.log.read(1, 256)) {
            List<String> hashes = new ArrayList<>();
            for (EventRecord event : commit.events()) {
                String prev = event.aggregateId() == null ? ChainHash.GENESIS
                        : lastHash.getOrDefault(event.aggregateId(), ChainHash.GENESIS);
                assertThat(event.storedPrev()).isEqualTo(prev);
                byte[] line = event.line(commit.first(), event.storedPrev(), event.storedHash());
                assertThat(ChainHash.sha256Hex(ChainHash.withoutHash(line))).isEqualTo(event.storedHash());
                if (event.aggregateId() != null) {
                    lastHash.put(event.aggregateId(), event.storedHash());
                }
                hashes.add(event.storedHash());
            }
            assertThat(commit.computeHash(hashes)).isEqualTo(commit.storedHash());
        }
        String line = new String(store.log.read(1, 1).get(0).events().get(0).line(1, ChainHash.GENESIS, "x"),
                StandardCharsets.UTF_8);
        assertThat(line).startsWith("{\"kind\":\"event\",\"commit\":1,\"gseq\":1,\"aggregateType\":\"Account\","
                + "\"aggregateId\":\"a\",\"seq\":0,\"eventId\":")
                .contains("\"payload\":{\"account\":\"a\",\"fen\":100,\"rate\":1.50,\"note\":\"工会 n0 \\\"q\\\"\\n\","
                        + "\"tags\":[\"a\",\"b\"]},\"metadata\":{");
    }

    @Test
    void a_changed_payload_field_is_named_at_its_event() {
        tamper(4L, Updates.set("events.1.payload.fen", 999));

        VerificationResult result = store.verify();

        assertThat(result.ok()).isFalse();
        assertThat(result.first().position()).isEqualTo(5);
        assertThat(result.first().kind()).isEqualTo("content-hash");
        assertThat(result.first().aggregate()).isEqualTo("a");
        assertThat(result.first().seq()).isEqualTo(3);
    }

    @Test
    void every_single_stored_field_is_covered() {
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("events.1.aggregateType", "Other");
        changes.put("events.1.aggregateId", "z");
        changes.put("events.1.seq", 9L);
        changes.put("events.1.eventId", "forged");
        changes.put("events.1.type", "x.Forged");
        changes.put("events.1.revision", "2");
        changes.put("events.1.timestamp", "2020-01-01T00:00:00Z");
        changes.put("events.1.metadata.principal", "someone-else");
        changes.put("events.1.gseq", 77L);
        Document commit = events.find(eq("_id", 4L)).first();
        changes.put("prevs", withHash(commit, "prevs", 1, ChainHash.GENESIS));
        changes.put("hashes", withHash(commit, "hashes", 1, "1".repeat(64)));
        changes.put("hash", "2".repeat(64));
        changes.put("recordedAt", new Date(0));
        changes.put("last", 6L);
        changes.put("aggKeys", List.of("b/0", "a/9"));
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            tampered(4L, Updates.set(change.getKey(), change.getValue()), result -> {
                assertThat(result.ok()).as(change.getKey() + ": " + result).isFalse();
                assertThat(result.first().position()).as(change.getKey() + ": " + result.first()).isBetween(4L, 5L);
            });
        }
        tampered(4L, Updates.unset("events.1.metadata.correlationId"), result -> assertThat(result.first().position()).isEqualTo(5));
        tampered(4L, Updates.set("events.1.extra", 1), result -> assertThat(result.first().position()).isEqualTo(5));
    }

    @Test
    void swapped_payloads_are_named_at_the_first_of_the_two() {
        Document first = events.find(eq("_id", 1L)).first();
        Document later = events.find(eq("_id", 7L)).first();
        Object a = first.getList("events", Document.class).get(2).get("payload");
        Object b = later.getList("events", Document.class).get(0).get("payload");
        events.updateOne(eq("_id", 1L), Updates.set("events.2.payload", b));
        events.updateOne(eq("_id", 7L), Updates.set("events.0.payload", a));

        VerificationResult result = store.verify();

        assertThat(result.first().position()).isEqualTo(3);
        assertThat(result.first().kind()).isEqualTo("content-hash");
        assertThat(result.findings()).extracting(Finding::position).contains(3L, 7L);
    }

    @Test
    void a_deleted_commit_is_named_by_its_sequence_numbers() {
        events.deleteOne(eq("_id", 4L));

        VerificationResult result = store.verify();

        assertThat(result.ok()).isFalse();
        assertThat(result.first().position()).isEqualTo(4);
        assertThat(result.first().kind()).isEqualTo("missing-commit");
        assertThat(result.findings()).extracting(Finding::kind).contains("missing-sequence");
    }

    @Test
    void a_deleted_commit_inside_a_checkpoint_is_named_even_without_later_events() {
        List<Checkpoint> sealed = store.sealer.sealAll();
        assertThat(sealed).hasSize(1);
        assertThat(sealed.get(0).to()).isEqualTo(store.log.head());
        assertThat(store.verify().checkpoints()).isEqualTo(1);
        long last = store.log.head();
        CommitRecord tail = store.log.commitContaining(last);
        events.deleteOne(eq("_id", tail.first()));

        VerificationResult result = store.verify();

        assertThat(result.first().position()).isEqualTo(tail.first());
        assertThat(result.first().kind()).isEqualTo("missing-commit");
        assertThat(result.findings()).extracting(Finding::kind).contains("checkpoint-mismatch");
    }

    @Test
    void removing_the_newest_commit_and_setting_the_counter_back_is_caught_by_the_checkpoint() {
        store.sealer.sealAll();
        long head = store.log.head();
        events.deleteOne(eq("_id", head));
        store.database.getCollection("sequences").updateOne(eq("_id", "events"), Updates.set("value", head - 1));

        VerificationResult result = store.verify();

        assertThat(result.ok()).isFalse();
        assertThat(result.first().position()).isEqualTo(head);
        assertThat(result.first().kind()).isEqualTo("missing-commit");
    }

    @Test
    void a_rewrite_with_recomputed_hashes_is_caught_by_the_checkpoint() {
        store.sealer.sealAll();
        Document commit = events.find(eq("_id", 14L)).first();
        assertThat(commit.getList("aggKeys", String.class)).containsExactly("c/2");
        // Forge c/2 consistently: new content, its hash and the commit hash recomputed.
        events.updateOne(eq("_id", 14L), Updates.set("events.0.payload.fen", 1));
        CommitRecord forged = store.log.read(14, 1).get(0);
        EventRecord event = forged.events().get(0);
        String hash = event.computeHash(14, event.storedPrev());
        events.updateOne(eq("_id", 14L), Updates.combine(Updates.set("hashes", withHash(commit, "hashes", 0, hash)),
                Updates.set("hash", forged.computeHash(List.of(hash)))));

        VerificationResult result = store.verify();

        assertThat(result.ok()).isFalse();
        assertThat(result.first().kind()).isEqualTo("checkpoint-mismatch");
        assertThat(result.first().detail()).contains("checkpoint 1");
    }

    @Test
    void a_second_node_chains_to_hashes_it_never_saw_by_looking_them_up() {
        MongoClient otherClient = TestMongo.newClient();
        try {
            LedgerEventStorageEngine other = ChainFixture.engine(otherClient.getDatabase(store.database.getName()));
            other.appendEvents(event("b", 4));
            store.engine.appendEvents(event("b", 5));
        } finally {
            otherClient.close();
        }
        assertThat(store.verify().ok()).isTrue();
    }

    private void tamper(long commit, org.bson.conversions.Bson update) {
        events.updateOne(eq("_id", commit), update);
    }

    /** Applies the change, verifies, checks, and puts the original document back. */
    private void tampered(long commit, org.bson.conversions.Bson update, Consumer<VerificationResult> check) {
        Document original = events.find(eq("_id", commit)).first();
        events.updateOne(eq("_id", commit), update);
        try {
            check.accept(store.verify());
        } finally {
            events.replaceOne(eq("_id", commit), original);
        }
        assertThat(store.verify().ok()).isTrue();
    }

    /** The voided record a writer of before stored over the number it had reserved for a refused append. */
    private static Document refusedAsWrittenBefore(long number, String reason) {
        Date recordedAt = Date.from(Instant.parse("2025-01-01T00:00:00Z"));
        return new Document("_id", number).append("last", number).append("recordedAt", recordedAt)
                .append("voided", reason).append("events", List.of()).append("hashes", new Binary(new byte[0]))
                .append("prevs", new Binary(new byte[0]))
                .append("hash", ChainHash.commitHash(number, number, recordedAt.toInstant(), reason, List.of()));
    }
}
