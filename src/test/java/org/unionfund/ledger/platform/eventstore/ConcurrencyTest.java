package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.sequenceNumbers;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.testsupport.Patience;

import com.mongodb.client.MongoDatabase;

class ConcurrencyTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(ConcurrencyTest.class);
        engine = Fixture.engine(database).build();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void secondHistoryIsRefused() {
        engine.appendEvents(events("acc", 0, 3));

        assertThatThrownBy(() -> engine.appendEvents(event("acc", 2))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("acc", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(sequenceNumbers(engine, "acc", 0)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void commitIsAllOrNothing() {
        engine.appendEvents(events("a", 0, 3));
        List<DomainEventMessage<?>> mixed = new ArrayList<>(events("b", 0, 2));
        mixed.add(event("a", 2));
        mixed.add(event("b", 2));

        assertThatThrownBy(() -> engine.appendEvents(mixed)).isInstanceOf(AggregateStreamCreationException.class);

        assertThat(sequenceNumbers(engine, "b", 0)).isEmpty();
        assertThat(sequenceNumbers(engine, "a", 0)).containsExactly(0L, 1L, 2L);
        assertThat(track(engine, null)).hasSize(3);
        engine.appendEvents(events("b", 0, 3));
        assertThat(sequenceNumbers(engine, "b", 0)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void racingAppendsToOneAggregateHaveExactlyOneWinner() throws Exception {
        engine.appendEvents(event("race", 0));
        for (long seq = 1; seq <= 50; seq++) {
            long next = seq;
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                attempts.add(threads.submit(() -> {
                    start.await(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
                    try {
                        engine.appendEvents(events("race", next, 2));
                        return true;
                    } catch (ConcurrencyException e) {
                        return false;
                    }
                }));
            }
            int winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).as("winners at seq %d", seq).isEqualTo(1);
            // The winner wrote seq and seq + 1; continue from the stream's real end.
            seq = engine.lastSequenceNumberFor("race").orElseThrow();
        }

        List<Long> stream = sequenceNumbers(engine, "race", 0);
        assertThat(stream).doesNotHaveDuplicates().isSorted();
        assertThat(stream.get(stream.size() - 1)).isEqualTo(stream.size() - 1L);
    }
}
