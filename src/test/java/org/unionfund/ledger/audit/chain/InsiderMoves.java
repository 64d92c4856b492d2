package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.audit.AuditTesting;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

/** What {@link InsiderTamperTest}'s insider does with a plain client, and how the test asks the verify API. */
final class InsiderMoves {

    static final ObjectMapper JSON = new ObjectMapper();

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> checkpoints;
    private final CommitLog log;
    private final RestClient http;

    InsiderMoves(MongoCollection<Document> events, MongoCollection<Document> checkpoints, CommitLog log,
            RestClient http) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.log = log;
        this.http = http;
    }

    /** Multiplies the first amount in the newest commit's last event and recomputes its event and commit hashes. */
    void forgeNewestEvent(CommitRecord newest, Document original) {
        List<Document> stored = events.find(eq("_id", newest.first())).first().getList("events", Document.class);
        int index = stored.size() - 1;
        Document payload = stored.get(index).get("payload", Document.class);
        assertThat(bumpFirstFen(payload)).as("an amount in %s", payload).isTrue();
        events.updateOne(eq("_id", newest.first()), Updates.set("events." + index + ".payload", payload));
        CommitRecord forged = log.read(newest.first(), 1).get(0);
        List<String> hashes = new ArrayList<>();
        for (EventRecord event : forged.events()) {
            hashes.add(event.index() == index ? event.computeHash(forged.first(), event.storedPrev())
                    : event.storedHash());
        }
        events.updateOne(eq("_id", newest.first()), Updates.combine(
                Updates.set("hashes", AuditTesting.withHash(original, "hashes", index, hashes.get(index))),
                Updates.set("hash", forged.computeHash(hashes))));
        assertThat(log.read(newest.first(), 1).get(0).computeHash(hashes)).isEqualTo(forged.computeHash(hashes));
    }

    static boolean bumpFirstFen(Document document) {
        for (String key : document.keySet()) {
            Object value = document.get(key);
            if (key.equals("fen") && value instanceof Number fen) {
                document.put(key, fen.longValue() * 10_000 + 1);
                return true;
            }
            if (value instanceof Document inner && bumpFirstFen(inner)) {
                return true;
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Document inner && bumpFirstFen(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void tampered(long commit, Runnable change, long position, String kind) throws Exception {
        Document original = events.find(eq("_id", commit)).first();
        change.run();
        try {
            JsonNode result = verify();
            assertThat(result.path("ok").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("first").path("position").asLong()).as(result.toString()).isEqualTo(position);
            if (kind != null) {
                assertThat(result.path("first").path("kind").asText()).as(result.toString()).isEqualTo(kind);
            }
        } finally {
            events.replaceOne(eq("_id", commit), original, new ReplaceOptions().upsert(true));
        }
        assertClean();
    }

    void awaitSealedToHead() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Document pointer = checkpoints.find(eq("_id", "latest")).first();
            if (pointer == null) {
                return false;
            }
            Document latest = checkpoints.find(eq("_id", pointer.get("number"))).first();
            return latest != null && ((Number) latest.get("to")).longValue() >= log.head();
        });
    }

    void assertClean() throws Exception {
        JsonNode result = verify();
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
    }

    JsonNode verify() throws Exception {
        return JSON.readTree(http.post().uri("/api/v1/audit/verify?progress=false").retrieve().body(String.class));
    }

    static List<String> kinds(JsonNode result) {
        List<String> kinds = new ArrayList<>();
        result.path("findings").forEach(f -> kinds.add(f.path("kind").asText()));
        return kinds;
    }
}
