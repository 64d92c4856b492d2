package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.index;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

class TrackingTest {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(TrackingTest.class);
        engine = Fixture.engine(database).batchSize(10).build();
    }

    @Test
    void tracksEveryEventInGlobalOrderWithOneIndexPerEvent() {
        appendCommitsOfGrowingSize(12);

        List<TrackedEventMessage<?>> tracked = track(engine, engine.createTailToken());

        assertThat(tracked.stream().map(Fixture::index)).containsExactlyElementsOf(range(1, 79));
        GapAwareTrackingToken last = (GapAwareTrackingToken) tracked.get(tracked.size() - 1).trackingToken();
        assertThat(last.getIndex()).isEqualTo(78);
        assertThat(last.hasGaps()).isFalse();
        assertThat(tracked).allMatch(message -> !((GapAwareTrackingToken) message.trackingToken()).hasGaps());
    }

    @Test
    void resumesFromATokenInTheMiddleOfACommit() {
        appendCommitsOfGrowingSize(12);
        List<TrackedEventMessage<?>> all = track(engine, null);
        // A fresh engine has not seen these commits, so it must look up where a token's commit ends.
        LedgerEventStorageEngine restarted = Fixture.engine(database).batchSize(10).build();

        for (int stop : new int[]{0, 1, 2, 40, 44, 45, 77}) {
            TrackingToken token = all.get(stop).trackingToken();
            List<TrackedEventMessage<?>> rest = track(restarted, token);
            assertThat(rest.stream().map(TrackedEventMessage::getIdentifier))
                    .as("resuming after event %d", stop)
                    .containsExactlyElementsOf(all.subList(stop + 1, all.size()).stream()
                                                  .map(TrackedEventMessage::getIdentifier).toList());
        }
    }

    @Test
    void headTokenSkipsWhatIsAlreadyStored() {
        assertThat(engine.createHeadToken()).isNull();
        engine.appendEvents(events("a", 0, 3));

        TrackingToken head = engine.createHeadToken();
        assertThat(track(engine, head)).isEmpty();
        engine.appendEvents(events("a", 3, 2));

        assertThat(track(engine, head).stream().map(Fixture::index)).containsExactly(4L, 5L);
    }

    @Test
    void tokenAtAnInstantStartsAtTheFirstEventStampedThen() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
        engine = Fixture.engine(database).batchSize(4).clock(clock).build();
        // Events are stamped and recorded by the same clock, as in the application.
        GenericEventMessage.clock = clock;
        try {
            for (int commit = 0; commit < 30; commit++) {
                engine.appendEvents(events("t-" + commit, 0, 1 + commit % 3));
                clock.advance(Duration.ofMinutes(1));
            }
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        List<TrackedEventMessage<?>> all = track(engine, null);

        TrackingToken atTen = engine.createTokenAt(Instant.parse("2025-03-01T08:10:00Z"));
        List<TrackedEventMessage<?>> fromTen = track(engine, atTen);
        assertThat(fromTen).isNotEmpty();
        assertThat(((DomainEventMessage<?>) fromTen.get(0)).getAggregateIdentifier()).isEqualTo("t-10");
        assertThat(fromTen).hasSize(all.size() - (int) all.stream()
                .filter(m -> Integer.parseInt(((DomainEventMessage<?>) m).getAggregateIdentifier().substring(2)) < 10)
                .count());
        TrackingToken beforeAll = engine.createTokenAt(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(track(engine, beforeAll)).hasSameSizeAs(all);
        TrackingToken afterAll = engine.createTokenAt(Instant.parse("2025-03-02T00:00:00Z"));
        assertThat(afterAll).isEqualTo(engine.createHeadToken());
        assertThat(track(engine, afterAll)).isEmpty();
    }

    @Test
    void streamContinuesWithEventsAppendedWhileTracking() {
        engine.appendEvents(event("live", 0));
        TrackingToken token = track(engine, null).get(0).trackingToken();

        engine.appendEvents(events("live", 1, 25));
        List<TrackedEventMessage<?>> next = track(engine, token);

        assertThat(next.stream().map(Fixture::index)).containsExactlyElementsOf(range(2, 27));
    }

    private void appendCommitsOfGrowingSize(int commits) {
        for (int size = 1; size <= commits; size++) {
            engine.appendEvents(events("agg-" + size, 0, size));
        }
    }

    static List<Long> range(long from, long toExclusive) {
        return LongStream.range(from, toExclusive).boxed().collect(Collectors.toList());
    }

    static long lastIndex(List<TrackedEventMessage<?>> tracked) {
        return index(tracked.get(tracked.size() - 1));
    }
}
