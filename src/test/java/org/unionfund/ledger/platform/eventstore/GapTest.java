package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.index;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/** Numbers reserved by writers that are slow, failed or crashed. */
class GapTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(GapTest.class);
        engine = Fixture.engine(database).batchSize(10).clock(clock).build();
    }

    @Test
    void reservedButNeverWrittenNumbersAreSkippedAndForgottenAfterTheGapTimeout() {
        engine.appendEvents(event("a", 0));
        reserve(3);
        engine.appendEvents(event("a", 1));

        List<TrackedEventMessage<?>> tracked = track(engine, null);
        assertThat(tracked.stream().map(Fixture::index)).containsExactly(1L, 5L);
        GapAwareTrackingToken token = (GapAwareTrackingToken) tracked.get(1).trackingToken();
        assertThat(token.getGaps()).containsExactly(2L, 3L, 4L);

        clock.advance(Duration.ofSeconds(30));
        engine.appendEvents(event("a", 2));
        GapAwareTrackingToken young = (GapAwareTrackingToken) track(engine, token).get(0).trackingToken();
        assertThat(young.getGaps()).containsExactly(2L, 3L, 4L);

        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(event("a", 3));
        GapAwareTrackingToken expired = (GapAwareTrackingToken) track(engine, young).get(0).trackingToken();
        assertThat(expired.getIndex()).isEqualTo(7);
        assertThat(expired.hasGaps()).isFalse();
    }

    @Test
    void lateCommitFillingAGapIsDeliveredAndClosesIt() {
        engine.appendEvents(event("fast", 0));
        long slowLast = reserve(2);
        engine.appendEvents(event("fast", 1));
        List<TrackedEventMessage<?>> before = track(engine, null);
        GapAwareTrackingToken token = (GapAwareTrackingToken) before.get(before.size() - 1).trackingToken();
        assertThat(token.getGaps()).containsExactly(2L, 3L);

        PendingCommit slow = CommitWriter.prepare(events("slow", 0, 2), Fixture.SERIALIZER);
        database.getCollection("events", RawBsonDocument.class)
                .insertOne(slow.toBson(slowLast - 1, Date.from(clock.instant())));
        engine.appendEvents(event("fast", 2));

        List<TrackedEventMessage<?>> after = track(engine, token);
        assertThat(after.stream().map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()))
                .containsExactly("slow", "slow", "fast");
        assertThat(((GapAwareTrackingToken) after.get(0).trackingToken()).getGaps()).containsExactly(3L);
        CommitLog log = new CommitLog(database);
        assertThat(List.of(log.globalSequenceOf("slow", 0), log.globalSequenceOf("slow", 1),
                log.globalSequenceOf("fast", 2), log.globalSequenceOf("fast", 9)))
                .as("each event's own number, although the token of a gap-filling event stands at the highest index")
                .containsExactly(2L, 3L, 5L, -1L);
        GapAwareTrackingToken closed = (GapAwareTrackingToken) after.get(2).trackingToken();
        assertThat(closed.getIndex()).isEqualTo(5);
        assertThat(closed.hasGaps()).isFalse();
    }

    @Test
    void readersLookPastLongRunsOfUnwrittenNumbers() {
        engine.appendEvents(event("b", 0));
        reserve(95);
        engine.appendEvents(event("b", 1));

        assertThat(track(engine, null).stream().map(Fixture::index)).containsExactly(1L, 97L);
    }

    @Test
    void refusedAppendVoidsItsNumbersSoReadersSeeNoGap() {
        engine.appendEvents(events("c", 0, 2));
        assertThatThrownBy(() -> engine.appendEvents(events("c", 1, 3))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("c", 2));

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(tracked.stream().map(Fixture::index)).containsExactly(1L, 2L, 6L);
        assertThat(((GapAwareTrackingToken) tracked.get(2).trackingToken()).hasGaps()).isFalse();
        Document voided = database.getCollection("events").find(eq("_id", 3L)).first();
        assertThat(voided).containsEntry("last", 5L).containsKey("voided");
        assertThat(voided.getList("events", Object.class)).isEmpty();
    }

    @Test
    void tokenStaysSmallAfterManyEventsWithGaps() {
        engine = Fixture.engine(database).batchSize(500).clock(clock).build();
        Random random = new Random(7);
        long seq = 0;
        for (int commit = 0; commit < 2500; commit++) {
            if (commit % 100 == 50) {
                reserve(1 + random.nextInt(3));
            }
            engine.appendEvents(events("big", seq, 4));
            seq += 4;
        }

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(tracked).hasSize(10_000);
        GapAwareTrackingToken last = (GapAwareTrackingToken) tracked.get(tracked.size() - 1).trackingToken();
        assertThat(last.getGaps()).hasSizeBetween(25, 75);
        byte[] json = JacksonSerializer.defaultSerializer().serialize(last, byte[].class).getData();
        assertThat(json.length).isLessThan(1024);
        assertThat(index(tracked.get(tracked.size() - 1))).isEqualTo(10_000 + last.getGaps().size());
    }

    @Test
    void gapsFurtherBehindThanTheMaxGapOffsetAreDropped() {
        engine = Fixture.engine(database).batchSize(50).maxGapOffset(20).clock(clock).build();
        engine.appendEvents(event("d", 0));
        reserve(2);
        engine.appendEvents(events("d", 1, 30));

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(((GapAwareTrackingToken) tracked.get(tracked.size() - 1).trackingToken()).hasGaps()).isFalse();
    }

    private long reserve(int count) {
        Document after = database.getCollection("sequences").findOneAndUpdate(
                eq("_id", "events"), Updates.inc("value", (long) count),
                new com.mongodb.client.model.FindOneAndUpdateOptions()
                        .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER));
        return after.getLong("value");
    }
}
