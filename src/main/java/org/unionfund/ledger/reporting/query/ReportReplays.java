package org.unionfund.ledger.reporting.query;

import org.unionfund.ledger.relief.query.EligibleCounts;
import org.unionfund.ledger.relief.query.ReliefProjection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.unionfund.ledger.funds.query.ApprovalAuditProjection;
import org.unionfund.ledger.funds.query.ProposalProjection;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.funds.directory.BodyDirectoryProjection;
import org.unionfund.ledger.statistics.earmark.EarmarkProjection;
import org.unionfund.ledger.statistics.funds.FundNamesProjection;
import org.unionfund.ledger.statistics.matching.MatchingProjection;
import org.unionfund.ledger.platform.projection.CutReplays;
import org.unionfund.ledger.platform.projection.SnapshotSet;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

import com.mongodb.client.MongoDatabase;

/**
 * As-of read models for reports: the log replayed from its start up to a global sequence into shadow collections
 * ({@code rpt_<instance>_<n>_<collection>}) with the projections' own code ({@link CutReplays}) — only the projections a report reads ({@link #PROJECTIONS}),
 * which makes it several times faster than replaying every projection. Replays run one at a time in the
 * background, report their progress, and are kept for reuse (an LRU of {@code ledger.reports.replay-cache-size}
 * cuts; an evicted replay's collections are dropped once no report reads them).
 */
@Component
public class ReportReplays implements DisposableBean, SnapshotSet {

    private static final Logger log = LoggerFactory.getLogger(ReportReplays.class);

    /** The projections a report reads. */
    static final List<String> PROJECTIONS = List.of(BodyDirectoryProjection.GROUP, CoverageProjection.NAME,
            BudgetProjection.NAME, MatchingProjection.NAME, EarmarkProjection.NAME, FundNamesProjection.NAME,
            ReliefProjection.GROUP, EligibleCounts.GROUP, ApprovalAuditProjection.GROUP, ProposalProjection.GROUP);

    private final CutReplays cut;
    private final int capacity;
    private final int batchSize;
    private final String instance = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicLong counter = new AtomicLong();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("report-replay"));
    private final LinkedHashMap<Long, Replay> replays = new LinkedHashMap<>(16, 0.75f, true);

    public ReportReplays(CutReplays cut, ReportProperties properties) {
        this.cut = cut;
        this.capacity = Math.max(1, properties.replayCacheSize());
        this.batchSize = Math.max(1, properties.replayBatchSize());
    }

    /** One replay to a global sequence: its progress and, when done, the shadow database. */
    public static final class Replay {
        private final long sequence;
        private final String prefix;
        private CutReplays.Shadows shadows;
        private final CompletableFuture<MongoDatabase> result = new CompletableFuture<>();
        private volatile long position = -1;
        private volatile long eventsRead;
        private int readers;
        private boolean evicted;

        Replay(long sequence, String prefix) {
            this.sequence = sequence;
            this.prefix = prefix;
        }

        public long sequence() {
            return sequence;
        }

        /** The global sequence of the last event read so far (-1 before the first). */
        public long position() {
            return result.isDone() && !result.isCompletedExceptionally() ? sequence : position;
        }

        public long eventsRead() {
            return eventsRead;
        }

        public boolean done() {
            return result.isDone() && !result.isCompletedExceptionally();
        }

        public boolean failed() {
            return result.isCompletedExceptionally();
        }

        public CompletableFuture<MongoDatabase> result() {
            return result;
        }
    }

    /** The replay to {@code sequence}: the kept one, or a new one started in the background. */
    public Replay start(long sequence) {
        List<Replay> drop = new ArrayList<>();
        Replay replay;
        synchronized (replays) {
            replay = replays.get(sequence);
            if (replay != null && !replay.failed()) {
                return replay;
            }
            replay = new Replay(sequence, "rpt_" + instance + "_" + counter.incrementAndGet() + "_");
            replays.put(sequence, replay);
            evict(drop);
        }
        drop.forEach(this::drop);
        Replay started = replay;
        executor.submit(() -> run(started));
        return replay;
    }

    /** Marks the replay as read by a report (not dropped while read); pair with {@link #release}. */
    public void acquire(Replay replay) {
        synchronized (replays) {
            replay.readers++;
        }
    }

    public void release(Replay replay) {
        boolean drop;
        synchronized (replays) {
            replay.readers--;
            drop = replay.evicted && replay.readers == 0;
        }
        if (drop) {
            drop(replay);
        }
    }

    private void evict(List<Replay> drop) {
        Iterator<Map.Entry<Long, Replay>> eldest = replays.entrySet().iterator();
        int excess = replays.size() - capacity;
        while (excess > 0 && eldest.hasNext()) {
            Replay candidate = eldest.next().getValue();
            if (!candidate.result.isDone()) {
                continue;
            }
            eldest.remove();
            excess--;
            candidate.evicted = true;
            if (candidate.readers == 0) {
                drop.add(candidate);
            }
        }
    }

    private void run(Replay replay) {
        long started = System.currentTimeMillis();
        try {
            CutReplays.Shadows shadows = cut.shadows(PROJECTIONS, replay.prefix);
            synchronized (this.replays) {
                replay.shadows = shadows;
            }
            cut.replayFromCheckpoints(shadows, replay.sequence, batchSize, (read, position) -> {
                replay.eventsRead = read;
                replay.position = position;
            });
            log.info("Report replay to global sequence {}: {} events into {}* in {} ms", replay.sequence,
                    replay.eventsRead, replay.prefix, System.currentTimeMillis() - started);
            replay.result.complete(cut.view(shadows));
        } catch (Throwable e) {
            log.warn("Report replay to global sequence {} failed", replay.sequence, e);
            drop(replay);
            synchronized (this.replays) {
                this.replays.remove(replay.sequence, replay);
            }
            replay.result.completeExceptionally(e);
        }
    }

    private void drop(Replay replay) {
        CutReplays.Shadows shadows;
        synchronized (replays) {
            shadows = replay.shadows;
        }
        if (shadows != null) {
            cut.drop(shadows);
        }
    }

    /** The background sealer keeps snapshots of this set up with the head. */
    @Override
    public List<String> snapshotProjections() {
        return PROJECTIONS;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        List<Replay> all;
        synchronized (replays) {
            all = new ArrayList<>(replays.values());
            replays.clear();
        }
        all.forEach(this::drop);
    }
}
