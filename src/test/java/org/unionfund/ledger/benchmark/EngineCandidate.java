package org.unionfund.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/** Measures an Axon {@link EventStorageEngine}: single appends, bulk appends and a full replay from the start. */
final class EngineCandidate {

    private final String name;
    private final EventStorageEngine engine;
    private final Serializer tokenSerializer;

    EngineCandidate(String name, EventStorageEngine engine, Serializer tokenSerializer) {
        this.name = name;
        this.engine = engine;
        this.tokenSerializer = tokenSerializer;
    }

    /**
     * @param replayLimit wall-clock budget for the replay; a candidate that cannot replay everything within it is
     *                    reported with the rate over what it read (axon-mongo's range queries are full scans on the
     *                    embedded server and would otherwise run for hours)
     */
    Measurement measure(int events, int singles, int batch, java.time.Duration replayLimit) {
        long start = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            engine.appendEvents(List.of(event("single-" + i, 0, i)));
        }
        double single = singles / seconds(start);

        start = System.nanoTime();
        int written = 0;
        int aggregate = 0;
        while (written < events) {
            List<DomainEventMessage<?>> commit = new ArrayList<>(batch);
            String id = "bulk-" + aggregate++;
            for (int seq = 0; seq < batch && written < events; seq++, written++) {
                commit.add(event(id, seq, written));
            }
            engine.appendEvents(commit);
        }
        double bulk = events / seconds(start);

        start = System.nanoTime();
        long count = 0;
        long checksum = 0;
        TrackingToken last = null;
        long stopAt = start + replayLimit.toNanos();
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext() && System.nanoTime() < stopAt) {
                TrackedEventMessage<?> message = iterator.next();
                checksum += ((BenchEvent) message.getPayload()).costFen();
                last = message.trackingToken();
                count++;
            }
        }
        double replay = count / seconds(start);
        long expected = (long) singles + events;
        boolean complete = count == expected;
        if (complete && checksum != expectedChecksum(singles, events) || count > expected) {
            throw new IllegalStateException(name + " replayed " + count + " events (expected " + expected
                    + "), checksum " + checksum);
        }
        long tokenBytes = last == null ? 0 : tokenSerializer.serialize(last, byte[].class).getData().length;
        return new Measurement(complete ? name : name + " (replay stopped after " + replayLimit.toSeconds()
                + " s at " + count + " of " + expected + " events)", single, bulk, replay, tokenBytes, count);
    }

    static DomainEventMessage<BenchEvent> event(String aggregateId, long seq, long n) {
        var payload = new BenchEvent("trip-" + (n / 40), "w" + Long.toHexString(n * 2654435761L), "FRONTLINE",
                "NON_PUBLIC", 60000 + (n % 100), 3, java.time.LocalDate.of(2025, 5, 1 + (int) (n % 28)));
        return new GenericDomainEventMessage<>("BenchAggregate", aggregateId, seq, payload);
    }

    private static long expectedChecksum(int singles, int events) {
        long sum = 0;
        for (long n = 0; n < singles; n++) {
            sum += 60000 + (n % 100);
        }
        for (long n = 0; n < events; n++) {
            sum += 60000 + (n % 100);
        }
        return sum;
    }

    static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
