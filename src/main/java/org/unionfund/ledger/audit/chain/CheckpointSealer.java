package org.unionfund.ledger.audit.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.AuditProperties;
import org.unionfund.ledger.eventstore.ChainHash;
import org.unionfund.ledger.eventstore.CommitLog;
import org.unionfund.ledger.eventstore.CommitLog.CommitSummary;
import org.unionfund.ledger.eventstore.EventStoreProperties;

/**
 * Writes checkpoints over the settled part of the log after the latest checkpoint, reading only commit headers
 * ({@code _id}, {@code last}, {@code recordedAt}, {@code hash}) in {@code _id $in} windows. A stretch is settled up to
 * the last commit before the first number that is neither stored nor an expired gap: a gap (numbers reserved by a
 * writer that never stored them) is sealed as such once the commit after it was recorded longer than the event
 * store's gap timeout ago, the same rule the tracking readers use to stop waiting for it. Sealers on several nodes
 * may race; the checkpoint number is the key, so the first one stored wins and the others stop.
 */
@Component
public class CheckpointSealer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSealer.class);

    private final CommitLog commits;
    private final CheckpointStore checkpoints;
    private final Duration gapTimeout;
    private final int maxSpan;
    private final Clock clock;

    public CheckpointSealer(CommitLog commits, CheckpointStore checkpoints, EventStoreProperties eventStore,
            AuditProperties properties, Clock auditClock) {
        this.commits = commits;
        this.checkpoints = checkpoints;
        this.gapTimeout = eventStore.gapTimeout();
        this.maxSpan = Math.max(1, properties.checkpointMaxSpan());
        this.clock = auditClock;
    }

    /** Runs {@code work} while no checkpoint is sealed on this node (an import writes its own checkpoints). */
    public synchronized <T> T exclusively(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Seals everything settled; returns the checkpoints written now (none if nothing new is settled). */
    public synchronized List<Checkpoint> sealAll() {
        List<Checkpoint> sealed = new ArrayList<>();
        Optional<Checkpoint> next;
        while ((next = sealNext()).isPresent()) {
            sealed.add(next.get());
        }
        if (!sealed.isEmpty()) {
            Checkpoint last = sealed.get(sealed.size() - 1);
            log.info("Sealed checkpoints {}..{} up to global sequence {}", sealed.get(0).number(), last.number(),
                    last.to());
        }
        return sealed;
    }

    private Optional<Checkpoint> sealNext() {
        Optional<Checkpoint> latest = checkpoints.latest();
        long number = latest.map(Checkpoint::number).orElse(0L) + 1;
        long from = latest.map(Checkpoint::to).orElse(0L) + 1;
        String prev = latest.map(Checkpoint::hash).orElse(ChainHash.GENESIS);
        long head = commits.head();
        if (from > head) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant settledBefore = now.minus(gapTimeout);
        CheckpointHashing.Accumulator accumulator = new CheckpointHashing.Accumulator();
        List<long[]> gaps = new ArrayList<>();
        long expected = from;
        long to = from - 1;
        long window = from;
        scan:
        while (window <= head && expected <= head) {
            List<CommitSummary> found = commits.summaries(window, CommitLog.WINDOW);
            for (CommitSummary commit : found) {
                if (commit.first() < expected) {
                    continue;
                }
                if (commit.hash() == null || commit.recordedAt() == null) {
                    break scan;
                }
                if (commit.first() > expected) {
                    if (!commit.recordedAt().isBefore(settledBefore)) {
                        break scan;
                    }
                    gaps.add(new long[] {expected, commit.first() - 1});
                }
                if (commit.last() - from + 1 > maxSpan && to >= from) {
                    break scan;
                }
                accumulator.commit(commit.hash());
                expected = commit.last() + 1;
                to = commit.last();
            }
            window = Math.max(window + CommitLog.WINDOW, expected);
        }
        if (to < from) {
            return Optional.empty();
        }
        // Gaps after the last commit sealed are not part of this checkpoint.
        long sealedTo = to;
        List<long[]> inside = gaps.stream().filter(gap -> gap[1] <= sealedTo).toList();
        String hash = accumulator.finish(number, from, to, prev, inside);
        Checkpoint checkpoint = new Checkpoint(number, from, to, prev, accumulator.commits(), inside, hash, now);
        return checkpoints.insert(checkpoint) ? Optional.of(checkpoint) : Optional.empty();
    }
}
