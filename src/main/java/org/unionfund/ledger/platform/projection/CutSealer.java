package org.unionfund.ledger.platform.projection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

/**
 * The background sealer of projection snapshots: every {@code ledger.projections.seal-interval} it brings the
 * snapshots of every {@link SnapshotSet} up to the last checkpoint the log has passed, as an as-of replay would seal
 * them on its way, so that the first as-of of a long log starts from a snapshot near its cut as the later ones do.
 * It runs on a thread of its own (a round can take minutes on a long log and must not hold other schedules back);
 * {@code ledger.projections.sealer-enabled=false} turns it off (tests do, unless they test it).
 */
@Component
public class CutSealer {

    private static final Logger log = LoggerFactory.getLogger(CutSealer.class);

    private final CutReplays replays;
    private final Supplier<List<SnapshotSet>> sets;
    private final boolean enabled;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService executor;

    @Autowired
    public CutSealer(CutReplays replays, ObjectProvider<SnapshotSet> sets,
            @Value("${ledger.projections.sealer-enabled:true}") boolean enabled,
            @Value("${ledger.projections.seal-interval:60s}") Duration interval,
            @Value("${ledger.projections.batch-size:1000}") int batchSize) {
        this(replays, () -> sets.orderedStream().toList(), enabled, interval, batchSize);
    }

    public CutSealer(CutReplays replays, Supplier<List<SnapshotSet>> sets, boolean enabled, Duration interval,
            int batchSize) {
        this.replays = replays;
        this.sets = sets;
        this.enabled = enabled;
        this.interval = interval;
        this.batchSize = Math.max(1, batchSize);
    }

    /** Starts the rounds (the first one an interval after start-up) unless the sealer is off. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!enabled || executor != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("projection-sealer"));
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::sealAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** One round: each set (once, however many ask for it) sealed up to the last checkpoint the log has passed. */
    public void sealAll() {
        Map<String, List<String>> distinct = new LinkedHashMap<>();
        for (SnapshotSet set : sets.get()) {
            List<String> projections = set.snapshotProjections();
            distinct.putIfAbsent(CutCheckpoints.setKey(projections), projections);
        }
        distinct.values().forEach(this::seal);
    }

    private void seal(List<String> projections) {
        long started = System.currentTimeMillis();
        try {
            long read = replays.sealToLastCheckpoint(projections, batchSize);
            if (read > 0) {
                log.info("Background sealing of {}: {} events replayed in {} ms", projections, read,
                        System.currentTimeMillis() - started);
            }
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            log.warn("Background sealing of projection snapshots {} failed; will try again", projections, e);
        }
    }
}
