package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.audit.chain.ChainFixture.event;
import static org.unionfund.ledger.audit.chain.ChainFixture.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * The stored form of {@code hashes} and {@code prevs}: one binary each, 32 bytes per event; a binary of the wrong
 * length, or a value of another type, is named at its commit; commits written before the binary format (arrays of
 * hex strings) still verify and are chained to.
 */
class StoredHashFormatTest {

    private ChainFixture store;
    private MongoCollection<Document> events;

    @BeforeEach
    void setUp() {
        store = new ChainFixture(StoredHashFormatTest.class);
        events = store.database.getCollection("events");
        // 1: a-0..2 | 4: b-0, a-3 | 6: b-1..2
        store.engine.appendEvents(events("a", 0, 3));
        store.engine.appendEvents(List.of(event("b", 0), event("a", 3)));
        store.engine.appendEvents(events("b", 1, 2));
    }

    @Test
    void hashes_and_prevs_are_binaries_of_32_bytes_per_event_with_genesis_as_zero_bytes() {
        Document commit = events.find(eq("_id", 4L)).first();
        byte[] hashes = commit.get("hashes", Binary.class).getData();
        byte[] prevs = commit.get("prevs", Binary.class).getData();
        assertThat(hashes).hasSize(64);
        assertThat(prevs).hasSize(64);
        assertThat(Arrays.copyOfRange(prevs, 0, 32)).isEqualTo(new byte[32]);
        CommitRecord stored = store.log.read(4, 1).get(0);
        assertThat(stored.events().get(0).storedPrev()).isEqualTo(ChainHash.GENESIS);
        CommitRecord first = store.log.read(1, 1).get(0);
        assertThat(stored.events().get(1).storedPrev()).isEqualTo(first.events().get(2).storedHash());
        assertThat(ChainHash.isHash(stored.events().get(1).storedHash())).isTrue();
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void a_binary_of_the_wrong_length_or_another_type_is_named_at_its_commit() {
        Document commit = events.find(eq("_id", 4L)).first();
        Map<String, Bson> changes = new LinkedHashMap<>();
        for (String field : List.of("hashes", "prevs")) {
            byte[] data = commit.get(field, Binary.class).getData();
            changes.put(field + " one byte short", Updates.set(field, new Binary(Arrays.copyOf(data, 63))));
            changes.put(field + " one byte long", Updates.set(field, new Binary(Arrays.copyOf(data, 65))));
            changes.put(field + " one hash short", Updates.set(field, new Binary(Arrays.copyOf(data, 32))));
            changes.put(field + " one hash long", Updates.set(field, new Binary(Arrays.copyOf(data, 96))));
            changes.put(field + " empty", Updates.set(field, new Binary(new byte[0])));
            changes.put(field + " a string", Updates.set(field, ChainHash.hex(data)));
            changes.put(field + " removed", Updates.unset(field));
        }
        for (Map.Entry<String, Bson> change : changes.entrySet()) {
            events.updateOne(eq("_id", 4L), change.getValue());
            try {
                VerificationResult result = store.verify();
                assertThat(result.ok()).as(change.getKey()).isFalse();
                assertThat(result.first().position()).as(change.getKey() + ": " + result.first()).isEqualTo(4);
                assertThat(result.first().kind()).as(change.getKey() + ": " + result.first())
                        .isIn("structure", "unhashed");
            } finally {
                events.replaceOne(eq("_id", 4L), commit);
            }
        }
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void commits_written_with_hex_string_arrays_still_verify_and_are_chained_to() {
        for (Document commit : events.find()) {
            events.updateOne(eq("_id", commit.get("_id")), Updates.combine(
                    Updates.set("hashes", hexList(commit.get("hashes", Binary.class))),
                    Updates.set("prevs", hexList(commit.get("prevs", Binary.class)))));
        }
        assertThat(events.find(eq("_id", 6L)).first().getList("hashes", String.class)).hasSize(2);
        VerificationResult legacy = store.verify();
        assertThat(legacy.ok()).as("%s", legacy.findings()).isTrue();

        // A node that never saw them looks the predecessors' hashes up in the legacy commits.
        LedgerEventStorageEngine other = ChainFixture.engine(store.database);
        other.appendEvents(List.of(event("a", 4), event("b", 3)));
        other.appendEvents(event("a", 5));
        VerificationResult result = store.verify();
        assertThat(result.ok()).as("%s", result.findings()).isTrue();
        assertThat(result.events()).isEqualTo(10);
        EventRecord a4 = store.log.read(8, 1).get(0).events().get(0);
        EventRecord a3 = store.log.read(4, 1).get(0).events().get(1);
        assertThat(a4.storedPrev()).isEqualTo(a3.storedHash()).isNotEqualTo(ChainHash.GENESIS);
    }

    private static List<String> hexList(Binary binary) {
        List<String> hashes = new ArrayList<>();
        byte[] data = binary.getData();
        for (int at = 0; at < data.length; at += 32) {
            hashes.add(ChainHash.hex(Arrays.copyOfRange(data, at, at + 32)));
        }
        return hashes;
    }
}
