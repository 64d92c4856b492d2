package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.sequenceNumbers;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

/**
 * Many aggregates' streams read at once for the thread that loads them next: the same events as a read one by one,
 * each prefetched stream used once and only while the scope is open, and a stream extended by another writer in
 * between caught by the append's sequence check.
 */
class StreamPrefetchTest {

    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        engine = Fixture.engine(TestMongo.freshDatabase(StreamPrefetchTest.class)).batchSize(100).build();
        engine.appendEvents(events("short", 0, 3));
        for (int seq = 0; seq < 20; seq += 5) {
            engine.appendEvents(events("long", seq, 5));
        }
        engine.appendEvents(events("snap", 0, 2));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Account", "snap", 1, "state"));
    }

    @Test
    void prefetchedStreamsReadAsTheStoreHoldsThem() {
        try (StreamPrefetch.Scope scope = engine.prefetch().open(List.of("short", "long", "snap", "new"))) {
            assertThat(engine.readSnapshot("snap")).isPresent();
            assertThat(sequenceNumbers(engine, "short", 0)).containsExactly(0L, 1L, 2L);
            assertThat(sequenceNumbers(engine, "long", 0)).hasSize(20);
            assertThat(sequenceNumbers(engine, "snap", 0)).containsExactly(0L, 1L);
            assertThat(engine.readSnapshot("new")).isEmpty();
            assertThat(sequenceNumbers(engine, "new", 0)).isEmpty();
            // used once: the second read goes to the store and finds the same
            assertThat(sequenceNumbers(engine, "short", 0)).containsExactly(0L, 1L, 2L);
        }
        assertThat(sequenceNumbers(engine, "short", 1)).containsExactly(1L, 2L);
    }

    @Test
    void aStreamExtendedAfterThePrefetchIsCaughtByTheAppend() {
        try (StreamPrefetch.Scope scope = engine.prefetch().open(List.of("fresh"))) {
            engine.appendEvents(event("fresh", 0)); // another writer, after the prefetch
            assertThat(sequenceNumbers(engine, "fresh", 0)).as("prefetched before the other write").isEmpty();
            assertThatThrownBy(() -> engine.appendEvents(event("fresh", 0)))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }
        assertThat(sequenceNumbers(engine, "fresh", 0)).containsExactly(0L);
    }

    @Test
    void aClosedScopeAndAnotherThreadReadTheStore() throws Exception {
        StreamPrefetch.Scope scope = engine.prefetch().open(List.of("late"));
        engine.appendEvents(event("late", 0));
        AtomicReference<List<Long>> seen = new AtomicReference<>();
        Thread other = new Thread(() -> seen.set(sequenceNumbers(engine, "late", 0)));
        other.start();
        other.join();
        assertThat(seen.get()).as("another thread").containsExactly(0L);
        scope.close();
        assertThat(sequenceNumbers(engine, "late", 0)).containsExactly(0L);
    }
}
