package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.sequenceNumbers;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.testsupport.Patience;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/** Two application nodes (separate clients and engines) write to one database while a third reads live. */
class TwoNodesTest {

    private static final int WRITERS_PER_NODE = 3;
    private static final int COMMITS_PER_WRITER = 150;
    private static final int AGGREGATES = 25;

    @Test
    void liveReaderSeesEveryEventExactlyOnce() throws Exception {
        MongoDatabase database = TestMongo.freshDatabase(TwoNodesTest.class);
        String name = database.getName();
        ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE + 1);
        try (MongoClient node1 = TestMongo.newClient(); MongoClient node2 = TestMongo.newClient();
             MongoClient readerNode = TestMongo.newClient()) {
            List<LedgerEventStorageEngine> nodes = List.of(
                    Fixture.engine(node1.getDatabase(name)).build(),
                    Fixture.engine(node2.getDatabase(name)).build());
            LedgerEventStorageEngine reader = Fixture.engine(readerNode.getDatabase(name)).batchSize(50).build();
            Set<String> written = ConcurrentHashMap.newKeySet();
            AtomicBoolean writing = new AtomicBoolean(true);

            Future<List<TrackedEventMessage<?>>> live = pool.submit(() -> readLive(reader, writing));
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 2 * WRITERS_PER_NODE; writer++) {
                LedgerEventStorageEngine node = nodes.get(writer % 2);
                Random random = new Random(writer);
                writers.add(pool.submit(() -> {
                    for (int commit = 0; commit < COMMITS_PER_WRITER; commit++) {
                        appendWithRetry(node, "agg-" + random.nextInt(AGGREGATES), written);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            }
            writing.set(false);
            List<TrackedEventMessage<?>> seen = live.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);

            assertThat(seen.stream().map(TrackedEventMessage::getIdentifier))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(written);
            Map<String, Long> lastSeq = new HashMap<>();
            for (TrackedEventMessage<?> message : seen) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) message;
                long previous = lastSeq.getOrDefault(event.getAggregateIdentifier(), -1L);
                assertThat(event.getSequenceNumber()).isEqualTo(previous + 1);
                lastSeq.put(event.getAggregateIdentifier(), event.getSequenceNumber());
            }
            List<TrackedEventMessage<?>> replay = track(reader, null);
            assertThat(replay.stream().map(Fixture::index)).isSorted().doesNotHaveDuplicates();
            assertThat(replay).hasSameSizeAs(written);
            for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
                List<Long> stream = sequenceNumbers(reader, "agg-" + aggregate, 0);
                assertThat(stream).doesNotHaveDuplicates().isSorted();
                assertThat(stream.isEmpty() || stream.get(stream.size() - 1) == stream.size() - 1).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void appendWithRetry(LedgerEventStorageEngine node, String aggregateId, Set<String> written) {
        while (true) {
            long next = node.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
            List<DomainEventMessage<?>> commit = events(aggregateId, next, 2);
            try {
                node.appendEvents(commit);
                commit.forEach(event -> written.add(event.getIdentifier()));
                return;
            } catch (ConcurrencyException | org.axonframework.modelling.command.AggregateStreamCreationException e) {
                Thread.onSpinWait();
            }
        }
    }

    private static List<TrackedEventMessage<?>> readLive(LedgerEventStorageEngine reader, AtomicBoolean writing)
            throws InterruptedException {
        List<TrackedEventMessage<?>> seen = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        TrackingToken token = null;
        boolean lastRound = false;
        while (true) {
            List<TrackedEventMessage<?>> batch = track(reader, token);
            for (TrackedEventMessage<?> message : batch) {
                if (!ids.add(message.getIdentifier())) {
                    throw new AssertionError("delivered twice: " + message);
                }
                seen.add(message);
                token = message.trackingToken();
            }
            if (batch.isEmpty()) {
                if (lastRound) {
                    return seen;
                }
                lastRound = !writing.get();
                Thread.sleep(1);
            }
        }
    }
}
