package org.unionfund.ledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.unionfund.ledger.benchmark.Measurement.Rate;

/**
 * Measures an Axon {@link EventStorageEngine}: single appends, bulk appends, a full replay from the start, and
 * aggregate loads (random single-event and bulk aggregates), each with the CPU that {@code cpu} counts.
 */
final class EngineCandidate {

    private final String name;
    private final EventStorageEngine engine;
    private final Serializer tokenSerializer;
    private final LongSupplier cpu;

    /** @param cpu CPU nanoseconds so far of the harness JVM and of the store's server if it runs elsewhere */
    EngineCandidate(String name, EventStorageEngine engine, Serializer tokenSerializer, LongSupplier cpu) {
        this.name = name;
        this.engine = engine;
        this.tokenSerializer = tokenSerializer;
        this.cpu = cpu;
    }

    /**
     * @param limit wall-clock budget for the replay and for each kind of load; a candidate that cannot finish in
     *              it is reported with the rate over what it did (axon-mongo's range queries are full scans on the
     *              embedded server and would otherwise run for hours)
     */
    Measurement measure(int events, int singles, int batch, int loads, Duration limit) {
        long start = System.nanoTime();
        long cpu0 = cpu.getAsLong();
        for (int i = 0; i < singles; i++) {
            engine.appendEvents(List.of(event("single-" + i, 0, i)));
        }
        Rate single = rate(singles, start, cpu0);

        start = System.nanoTime();
        cpu0 = cpu.getAsLong();
        int written = 0;
        int aggregates = 0;
        while (written < events) {
            List<DomainEventMessage<?>> commit = new ArrayList<>(batch);
            String id = "bulk-" + aggregates++;
            for (int seq = 0; seq < batch && written < events; seq++, written++) {
                commit.add(event(id, seq, written));
            }
            engine.appendEvents(commit);
        }
        Rate bulk = rate(events, start, cpu0);

        start = System.nanoTime();
        cpu0 = cpu.getAsLong();
        long count = 0;
        long checksum = 0;
        TrackingToken last = null;
        long stopAt = start + limit.toNanos();
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext() && System.nanoTime() < stopAt) {
                TrackedEventMessage<?> message = iterator.next();
                checksum += ((BenchEvent) message.getPayload()).costFen();
                last = message.trackingToken();
                count++;
            }
        }
        Rate replay = rate(count, start, cpu0);
        long expected = (long) singles + events;
        boolean complete = count == expected;
        if (complete && checksum != expectedChecksum(singles, events) || count > expected) {
            throw new IllegalStateException(name + " replayed " + count + " events (expected " + expected
                    + "), checksum " + checksum);
        }
        long tokenBytes = last == null ? 0 : tokenSerializer.serialize(last, byte[].class).getData().length;

        Rate loadOne = singles == 0 ? Rate.NONE : loads(loads, "single-", singles, 1, limit);
        Rate loadBatch = loads(Math.max(10, loads / 20), "bulk-", events / batch, batch, limit);
        return new Measurement(complete ? name : name + " (replay stopped after " + limit.toSeconds()
                + " s at " + count + " of " + expected + " events)", single, bulk, replay, loadOne, loadBatch,
                tokenBytes, count);
    }

    /** Loads {@code n} random aggregates of {@code prefix + [0, population)}, every event deserialised. */
    private Rate loads(int n, String prefix, int population, int size, Duration limit) {
        if (population == 0) {
            return Rate.NONE;
        }
        Random random = new Random(42);
        long start = System.nanoTime();
        long cpu0 = cpu.getAsLong();
        long stopAt = start + limit.toNanos();
        int done = 0;
        for (; done < n && System.nanoTime() < stopAt; done++) {
            DomainEventStream stream = engine.readEvents(prefix + random.nextInt(population), 0);
            int read = 0;
            while (stream.hasNext()) {
                if (((BenchEvent) stream.next().getPayload()).costFen() > 0) {
                    read++;
                }
            }
            if (read != size) {
                throw new IllegalStateException(name + " loaded " + read + " events of a " + size + "-event aggregate");
            }
        }
        return rate(done, start, cpu0);
    }

    private Rate rate(long operations, long startNanos, long cpuStart) {
        return Rate.of(operations, System.nanoTime() - startNanos, cpu.getAsLong() - cpuStart);
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
