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
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Numbers reserved by writers that are slow, failed or crashed. Writers of before reserved numbers through the
 * counter in {@code sequences} before inserting; the writer of today takes no number before its insert, so such gaps
 * are found in stores written before (and made by deleting a commit). {@link #reserve} is such a writer of before:
 * it reserves through the counter, and the engine is restarted after it, as when new code opens an old store.
 */
class GapTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
    private MongoDatabase database;
    private LedgerEventStorageEngine engine;
    private int batchSize = 10;
    private int maxGapOffset = 10_000;

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
    void refusedAppendTakesNoNumbersSoReadersSeeNoGap() {
        engine.appendEvents(events("c", 0, 2));
        assertThatThrownBy(() -> engine.appendEvents(events("c", 1, 3))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("c", 2));

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(tracked.stream().map(Fixture::index)).containsExactly(1L, 2L, 3L);
        assertThat(((GapAwareTrackingToken) tracked.get(2).trackingToken()).hasGaps()).isFalse();
        Document next = database.getCollection("events").find(eq("_id", 3L)).first();
        assertThat(next).containsEntry("last", 3L).doesNotContainKey("voided");
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(2);
    }

    @Test
    void tokenStaysSmallAfterManyEventsWithGaps() {
        batchSize = 500;
        engine = Fixture.engine(database).batchSize(batchSize).clock(clock).build();
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
        batchSize = 50;
        maxGapOffset = 20;
        engine = Fixture.engine(database).batchSize(batchSize).maxGapOffset(maxGapOffset).clock(clock).build();
        engine.appendEvents(event("d", 0));
        reserve(2);
        engine.appendEvents(events("d", 1, 30));

        List<TrackedEventMessage<?>> tracked = track(engine, null);

        assertThat(((GapAwareTrackingToken) tracked.get(tracked.size() - 1).trackingToken()).hasGaps()).isFalse();
    }

    /**
     * A writer of before reserves {@code count} numbers past the head (its counter then stood at the head) and never
     * stores them; the engine restarts. Returns the last number reserved.
     */
    private long reserve(int count) {
        long last = new GlobalSequence(database).current() + count;
        database.getCollection("sequences").updateOne(eq("_id", "events"), Updates.set("value", last),
                                                      new UpdateOptions().upsert(true));
        engine = Fixture.engine(database).batchSize(batchSize).maxGapOffset(maxGapOffset).clock(clock).build();
        return last;
    }
}
