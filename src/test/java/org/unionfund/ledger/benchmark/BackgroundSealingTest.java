package org.unionfund.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.projection.CutSealer;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * The background sealer seals the projection snapshots up to the last checkpoint the log has passed before anyone
 * asks, so the very first as-of of the log starts from a snapshot near its cut; its answers equal a full replay to
 * the same cut at random cuts (every rebuildable projection, every document compared).
 */
class BackgroundSealingTest {

    private static final int EVERY = 700;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static GeneratedLog log;
    private static AsOfStack sealed;
    private static AsOfStack full;
    private static long head;
    private static long lastCheckpoint;
    private static TreeSet<Long> expected;

    @BeforeAll
    static void sealInTheBackground() throws Exception {
        log = new GeneratedLog("background_sealing", 4_000, 12);
        sealed = log.asOf(EVERY);
        full = log.asOf(0);
        head = full.replays.cut(String.valueOf(Long.MAX_VALUE / 2), null, null).sequence();
        expected = checkpoints(new CommitLog(log.db));
        lastCheckpoint = expected.last();
        CutSealer sealer = new CutSealer(sealed.cutReplays, () -> List.of(sealed.replays, sealed.replays), true,
                Duration.ofMillis(50), 500);
        sealer.start();
        try {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while ((newestSnapshot() < lastCheckpoint || !roundShadows().isEmpty())
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            sealer.stop();
        }
    }

    @AfterAll
    static void close() {
        sealed.close();
        full.close();
        log.close();
    }

    @Test
    void the_sealer_seals_every_checkpoint_up_to_the_head_once_and_then_has_nothing_to_do() throws Exception {
        long snapshots = log.db.getCollection("cut_snapshots").countDocuments();
        assertThat(sealedSequences()).isEqualTo(expected);
        assertThat(sealed.cutReplays.sealToLastCheckpoint(sealed.replays.snapshotProjections(), 500)).isZero();
        assertThat(log.db.getCollection("cut_snapshots").countDocuments()).isEqualTo(snapshots);
        assertThat(roundShadows()).isEmpty();
    }

    @Test
    void the_first_as_of_starts_from_a_background_snapshot_and_equals_a_full_replay_at_random_cuts() {
        AsOfAgreement.atRandomCuts(sealed, full, head, EVERY, 20261207L, 4);
    }

    /** A checkpoint is the end of the commit at or before each multiple of EVERY (a commit is all or nothing). */
    private static TreeSet<Long> checkpoints(CommitLog commits) {
        TreeSet<Long> ends = new TreeSet<>();
        for (long multiple = EVERY; multiple <= head; multiple += EVERY) {
            CommitRecord commit = commits.commitContaining(multiple);
            ends.add(commit.lastOrFirst() == multiple ? multiple : commit.first() - 1);
        }
        ends.remove(0L);
        return ends;
    }

    private static TreeSet<Long> sealedSequences() {
        TreeSet<Long> sequences = new TreeSet<>();
        log.db.getCollection("cut_snapshots").find().forEach(m -> sequences.add(((Number) m.get("sequence"))
                .longValue()));
        return sequences;
    }

    /** The shadows of a sealing round, dropped when the round ends. */
    private static List<String> roundShadows() {
        return log.db.listCollectionNames().into(new ArrayList<>()).stream()
                .filter(name -> name.startsWith("cutseal_")).toList();
    }

    private static long newestSnapshot() {
        var newest = log.db.getCollection("cut_snapshots").find(Filters.exists("sequence"))
                .sort(Sorts.descending("sequence")).first();
        return newest == null ? 0 : ((Number) newest.get("sequence")).longValue();
    }
}
