package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Replays the log from its start into {@link ShadowTarget}s, in batches, without Axon processors or tokens: a
 * reader thread reads and deserialises the next batches while every target applies them on a thread of its own
 * (a few batches of look-ahead, bounded queues). Each target gets, in log order, the events it handles. Used by the rebuild-and-compare operation and
 * the projection benchmark.
 */
public final class ShadowReplay implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final List<ShadowTarget> targets;
    private final int batchSize;
    private long applied;
    private volatile long lastIndex = -1;
    private volatile TrackingToken lastToken;
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> busyNanos =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ShadowReplay(StreamableMessageSource<TrackedEventMessage<?>> source, List<ShadowTarget> targets,
            int batchSize) {
        this(source, targets, batchSize, null);
    }

    /** A replay that starts after {@code start} (the position of a restored snapshot; null: from the start). */
    public ShadowReplay(StreamableMessageSource<TrackedEventMessage<?>> source, List<ShadowTarget> targets,
            int batchSize, TrackingToken start) {
        this.stream = source.openStream(start);
        this.targets = List.copyOf(targets);
        this.batchSize = batchSize;
    }

    /** Events read so far (handled by at least one target or not). */
    public long applied() {
        return applied;
    }

    /** Whether positions below the last event read were still unwritten when it was read (none: a clean cut). */
    public boolean lastReadHadGaps() {
        TrackingToken token = lastToken;
        return token != null && EventPosition.of(token).gaps().length > 0;
    }

    /** Global index of the last event read (-1 before the first). */
    public long lastIndex() {
        return lastIndex;
    }

    /**
     * Reads and applies events while one is available now and its index is at most {@code maxIndex}; a target gets
     * an event only if {@code deliver} says so (e.g. only what the live processor's token covers). Every target has
     * a thread of its own, so a projection that waits on the store overlaps with the others.
     */
    public long run(long maxIndex, BiPredicate<ShadowTarget, TrackedEventMessage<?>> deliver, LongConsumer progress)
            throws Exception {
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        List<Thread> appliers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        long[] done = new long[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
            queues.add(queue);
            ShadowTarget target = targets.get(i);
            int slot = i;
            Thread applier = new Thread(() -> apply(target, queue, deliver, failure, done, slot),
                    "shadow-replay-" + target.name());
            applier.setDaemon(true);
            appliers.add(applier);
            applier.start();
        }
        Thread reader = new Thread(() -> read(maxIndex, queues, failure), "shadow-replay-reader");
        reader.setDaemon(true);
        reader.start();
        long before = applied;
        try {
            while (true) {
                boolean alive = false;
                for (Thread applier : appliers) {
                    applier.join(200);
                    alive |= applier.isAlive();
                }
                long min = Long.MAX_VALUE;
                synchronized (done) {
                    for (long d : done) {
                        min = Math.min(min, d);
                    }
                }
                progress.accept(before + (min == Long.MAX_VALUE ? 0 : min));
                if (failure.get() != null || !alive) {
                    break;
                }
            }
        } finally {
            reader.interrupt();
            appliers.forEach(Thread::interrupt);
            reader.join(10_000);
            for (Thread applier : appliers) {
                applier.join(10_000);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof Exception e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
        long min = Long.MAX_VALUE;
        for (long d : done) {
            min = Math.min(min, d);
        }
        applied = before + (targets.isEmpty() ? 0 : min);
        return applied - before;
    }

    /** Time each target spent applying batches so far, by target name (seconds). */
    public java.util.Map<String, Double> busySeconds() {
        java.util.Map<String, Double> seconds = new java.util.TreeMap<>();
        busyNanos.forEach((name, nanos) -> seconds.put(name, nanos.get() / 1e9));
        return seconds;
    }

    private void apply(ShadowTarget target, BlockingQueue<Object> queue,
            BiPredicate<ShadowTarget, TrackedEventMessage<?>> deliver,
            java.util.concurrent.atomic.AtomicReference<Throwable> failure, long[] done, int slot) {
        java.util.concurrent.atomic.AtomicLong busy = busyNanos.computeIfAbsent(target.name(),
                k -> new java.util.concurrent.atomic.AtomicLong());
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<TrackedEventMessage<?>> batch = (List<TrackedEventMessage<?>>) item;
                List<TrackedEventMessage<?>> mine = new ArrayList<>(batch.size());
                for (TrackedEventMessage<?> m : batch) {
                    if (target.handles(m) && deliver.test(target, m)) {
                        mine.add(m);
                    }
                }
                if (!mine.isEmpty()) {
                    long start = System.nanoTime();
                    target.apply(mine);
                    busy.addAndGet(System.nanoTime() - start);
                }
                synchronized (done) {
                    done[slot] += batch.size();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    private void read(long maxIndex, List<BlockingQueue<Object>> queues,
            java.util.concurrent.atomic.AtomicReference<Throwable> failure) {
        try {
            boolean more = true;
            while (more) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize) {
                    if (!stream.hasNextAvailable()) {
                        more = false;
                        break;
                    }
                    TrackedEventMessage<?> next = stream.peek().orElse(null);
                    long index = next == null ? Long.MAX_VALUE : index(next.trackingToken());
                    if (next == null || index > maxIndex) {
                        more = false;
                        break;
                    }
                    stream.nextAvailable();
                    lastIndex = index;
                    lastToken = next.trackingToken();
                    for (ShadowTarget target : targets) {
                        if (target.handles(next)) {
                            next.getPayload(); // deserialise here, on the reader's core
                            break;
                        }
                    }
                    batch.add(next);
                }
                if (!batch.isEmpty()) {
                    for (BlockingQueue<Object> queue : queues) {
                        queue.put(batch);
                    }
                }
            }
            for (BlockingQueue<Object> queue : queues) {
                queue.put(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    static long index(TrackingToken token) {
        return EventPosition.of(token).index();
    }

    @Override
    public void close() {
        stream.close();
    }
}
