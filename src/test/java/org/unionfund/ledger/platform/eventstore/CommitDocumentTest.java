package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/** The stored documents are the audit record: they must be readable without Axon. */
class CommitDocumentTest {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(CommitDocumentTest.class);
        engine = Fixture.engine(database).build();
    }

    @Test
    void commitDocumentHasTheAuditorReadableLayout() {
        DomainEventMessage<?> first = event("acc-7", 0);
        engine.appendEvents(first, event("acc-7", 1), event("acc-7", 2));

        Document commit = database.getCollection("events").find(eq("_id", 1L)).first();

        assertThat(commit).isNotNull();
        assertThat(commit.get("last")).isEqualTo(3L);
        assertThat(commit.get("recordedAt")).isInstanceOf(Date.class);
        assertThat(commit.getList("aggKeys", String.class)).containsExactly("acc-7/0", "acc-7/1", "acc-7/2");
        List<Document> events = commit.getList("events", Document.class);
        assertThat(events).hasSize(3);
        Document stored = events.get(0);
        assertThat(stored.keySet()).containsExactly("gseq", "aggregateType", "aggregateId", "seq", "eventId", "type",
                                                    "timestamp", "payload", "metadata");
        assertThat(stored.get("gseq")).isEqualTo(1L);
        assertThat(stored.get("aggregateType")).isEqualTo("Account");
        assertThat(stored.get("aggregateId")).isEqualTo("acc-7");
        assertThat(stored.get("seq")).isEqualTo(0L);
        assertThat(stored.get("eventId")).isEqualTo(first.getIdentifier());
        assertThat(stored.getString("type")).isEqualTo(Fixture.Deposited.class.getName());
        assertThat(stored.getString("timestamp")).isEqualTo(first.getTimestamp().toString());
        Document payload = stored.get("payload", Document.class);
        assertThat(payload.get("account")).isEqualTo("acc-7");
        assertThat(payload.get("fen")).isEqualTo(100);
        assertThat(payload.get("rate")).isEqualTo(Decimal128.parse("1.50"));
        assertThat(stored.get("metadata", Document.class)).containsEntry("user", "clerk-0");
        assertThat(events.get(2).get("gseq")).isEqualTo(3L);
        assertThat(new GlobalSequence(database).current()).isEqualTo(3L);
    }

    @Test
    void payloadsThatAreNotPlainDocumentsStillRoundTrip() {
        MetaData awkward = MetaData.with("dotted.key", "x").and("$dollar", 1).and("plain", "y");
        engine.appendEvents(new GenericDomainEventMessage<>("Note", "n-1", 0, "just a string", awkward),
                            new GenericDomainEventMessage<>("Note", "n-1", 1, new ArrayList<>(List.of(1, 2, 3))));

        List<? extends DomainEventMessage<?>> read = engine.readEvents("n-1").asStream().toList();

        assertThat(read.get(0).getPayload()).isEqualTo("just a string");
        assertThat(read.get(0).getMetaData()).isEqualTo(awkward);
        assertThat(read.get(1).getPayload()).isEqualTo(List.of(1, 2, 3));
        Document first = database.getCollection("events").find().first().getList("events", Document.class).get(0);
        assertThat(first.get("payload")).isEqualTo("just a string");
        assertThat(first.getString("metadataText")).contains("dotted.key");
    }

    @Test
    void eventsWithoutAggregateAreStoredWithoutKeysAndTracked() {
        engine.appendEvents(GenericEventMessage.asEventMessage(new HashMap<>(Map.of("notice", "closed"))));
        engine.appendEvents(GenericEventMessage.asEventMessage(new HashMap<>(Map.of("notice", "opened"))));
        engine.appendEvents(event("acc-1", 0));

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(tracked).hasSize(3);
        assertThat(tracked.get(0)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(0).getPayload()).isEqualTo(Map.of("notice", "closed"));
        assertThat(tracked.get(2)).isInstanceOf(DomainEventMessage.class);
        Document commit = database.getCollection("events").find(eq("_id", 1L)).first();
        assertThat(commit).doesNotContainKey("aggKeys");
        assertThat(commit.getList("events", Document.class).get(0)).doesNotContainKeys("aggregateId", "seq");
    }
}
