package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * Events are stored under their {@link EventTypes} name: a class bound to the same name elsewhere (a class moved
 * to another package) stores the same bytes, hashes and export lines, and reads what the other stored.
 */
class StableTypeNameTest {

    /** The same event before and after its class moved. */
    static final class Before {
        record Granted(String bodyId, long fen) {
        }
    }

    static final class After {
        record Granted(String bodyId, long fen) {
        }
    }

    static final Instant AT = Instant.parse("2025-05-01T08:00:00.123456789Z");

    static EventTypes bound(Class<?> type, String legacyName) {
        return new EventTypes(List.of(EventTypes.type("Granted", type, "1", legacyName)));
    }

    static LedgerEventStorageEngine engine(MongoDatabase database, EventTypes types) {
        return Fixture.engine(database).eventTypes(types).clock(new MutableClock(AT.plusSeconds(1))).build();
    }

    static DomainEventMessage<?> granted(Object payload, long seq) {
        return new GenericDomainEventMessage<>("Grant", "g-1", seq, payload, MetaData.with("principal", "clerk"),
                "event-" + seq, AT);
    }

    @Test
    void a_registered_event_is_stored_under_its_name_and_revision() {
        MongoDatabase database = TestMongo.freshDatabase(StableTypeNameTest.class);
        engine(database, bound(Before.Granted.class, null)).appendEvents(granted(new Before.Granted("330105", 5), 0));

        Document stored = database.getCollection("events").find().first().getList("events", Document.class).get(0);
        assertThat(stored.getString("type")).isEqualTo("Granted");
        assertThat(stored.getString("revision")).isEqualTo("1");
    }

    @Test
    void moving_an_event_class_changes_no_stored_byte_no_hash_and_no_export_line() {
        MongoDatabase before = TestMongo.freshDatabase(StableTypeNameTest.class);
        MongoDatabase after = TestMongo.freshDatabase(StableTypeNameTest.class);
        engine(before, bound(Before.Granted.class, null)).appendEvents(
                granted(new Before.Granted("330105", 5), 0), granted(new Before.Granted("330105", 7), 1));
        engine(after, bound(After.Granted.class, null)).appendEvents(
                granted(new After.Granted("330105", 5), 0), granted(new After.Granted("330105", 7), 1));

        assertThat(rawCommits(after)).isEqualTo(rawCommits(before));
        assertThat(exportLines(after)).isEqualTo(exportLines(before)).hasSize(3);

        LedgerEventStorageEngine moved = engine(before, bound(After.Granted.class, null));
        assertThat(moved.readEvents("g-1").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new After.Granted("330105", 5), new After.Granted("330105", 7));
        assertThat(Fixture.track(moved, null)).extracting(m -> (Object) m.getPayload())
                .containsExactly(new After.Granted("330105", 5), new After.Granted("330105", 7));
    }

    @Test
    void an_event_stored_under_its_old_class_name_reads_as_the_class_registered_for_that_legacy_name() {
        MongoDatabase database = TestMongo.freshDatabase(StableTypeNameTest.class);
        engine(database, new EventTypes(List.of())).appendEvents(granted(new Before.Granted("330105", 5), 0));
        List<String> linesBefore = exportLines(database);

        LedgerEventStorageEngine renamed = engine(database, bound(After.Granted.class,
                Before.Granted.class.getName()));
        renamed.appendEvents(granted(new After.Granted("330105", 7), 1));

        assertThat(renamed.readEvents("g-1").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new After.Granted("330105", 5), new After.Granted("330105", 7));
        List<Document> stored = new ArrayList<>();
        database.getCollection("events").find().sort(new Document("_id", 1))
                .forEach(commit -> stored.addAll(commit.getList("events", Document.class)));
        assertThat(stored).extracting(event -> event.getString("type"))
                .containsExactly(Before.Granted.class.getName(), "Granted");
        assertThat(exportLines(database).subList(0, linesBefore.size())).isEqualTo(linesBefore);
    }

    /** The stored commit documents' bytes, as hex. */
    private static List<String> rawCommits(MongoDatabase database) {
        List<String> commits = new ArrayList<>();
        database.getCollection("events", RawBsonDocument.class).find().sort(new Document("_id", 1))
                .forEach(commit -> {
                    byte[] bytes = new byte[commit.getByteBuffer().remaining()];
                    commit.getByteBuffer().get(bytes);
                    commits.add(HexFormat.of().formatHex(bytes));
                });
        return commits;
    }

    /** The event and commit lines an export writes for the stored commits. */
    private static List<String> exportLines(MongoDatabase database) {
        List<String> lines = new ArrayList<>();
        for (CommitRecord commit : new CommitLog(database).read(1, CommitLog.WINDOW)) {
            List<String> hashes = new ArrayList<>();
            for (EventRecord event : commit.events()) {
                lines.add(new String(event.line(commit.first(), event.storedPrev(), event.storedHash()),
                        StandardCharsets.UTF_8));
                hashes.add(event.storedHash());
            }
            lines.add(new String(commit.line(hashes, commit.storedHash()), StandardCharsets.UTF_8));
        }
        return lines;
    }
}
