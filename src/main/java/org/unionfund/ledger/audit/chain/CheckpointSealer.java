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
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitLog.CommitSummary;
import org.unionfund.ledger.platform.eventstore.EventStoreProperties;
import org.unionfund.ledger.platform.eventstore.VoidedGaps;

/**
 * Writes signed checkpoints over the settled part of the log after the latest checkpoint, reading only commit headers
 * ({@code _id}, {@code last}, {@code recordedAt}, {@code hash}) in {@code _id $in} windows. A stretch is settled up to
 * the last commit before the first number that is neither stored nor an expired gap. A gap (numbers reserved by a
 * writer that never stored them, or whose commit was deleted before it was sealed) expires once the commit after it
 * was recorded longer than the event store's gap timeout ago, or, at the head, once the sealer has seen it for that
 * long; an expired gap becomes an explicit voided record ({@link VoidedGaps}) that is sealed like a commit. The
 * sealer stops, and says so, when the store's checkpoints disagree with the anchor outside the store. Sealers on
 * several nodes may race; the checkpoint number is the key, so the first one stored wins and the others stop.
 */
@Component
public class CheckpointSealer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSealer.class);

    private final CommitLog commits;
    private final CheckpointStore checkpoints;
    private final Duration gapTimeout;
    private final int maxSpan;
    private final Clock clock;
    private final Seals seals;
    private final VoidedGaps voids;
    private final CheckpointMigration migration;
    /** A gap at the head: its numbers {from, to} and when this sealer first saw it. */
    private long[] trailingGap;
    private Instant trailingSince;
    private boolean refusedLogged;

    public CheckpointSealer(CommitLog commits, CheckpointStore checkpoints, EventStoreProperties eventStore,
            AuditProperties properties, Clock auditClock, Seals seals, VoidedGaps voids, Verifier verifier) {
        this.commits = commits;
        this.checkpoints = checkpoints;
        this.gapTimeout = eventStore.gapTimeout();
        this.maxSpan = Math.max(1, properties.checkpointMaxSpan());
        this.clock = auditClock;
        this.seals = seals;
        this.voids = voids;
        this.migration = new CheckpointMigration(checkpoints, seals, verifier);
    }

    /** Runs {@code work} while no checkpoint is sealed on this node (an import writes its own checkpoints). */
    public synchronized <T> T exclusively(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Seals everything settled; returns the checkpoints written now (none if nothing new is settled). */
    public synchronized List<Checkpoint> sealAll() {
        migration.runOnce();
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

    /** Stores a checkpoint an import verified against its file, signed with this installation's key. */
    public synchronized boolean storeImported(Checkpoint checkpoint) {
        Checkpoint signed = seals.sign(checkpoint);
        if (!checkpoints.insert(signed)) {
            return false;
        }
        seals.anchor(signed);
        return true;
    }

    private Optional<Checkpoint> sealNext() {
        Optional<Checkpoint> latest = checkpoints.latest();
        if (!agreesWithAnchor(latest) || !latestHolds(latest)) {
            return Optional.empty();
        }
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
        long expected = from;
        long to = from - 1;
        long window = from;
        boolean complete = true;
        scan:
        while (window <= head && expected <= head) {
            List<CommitSummary> found = commits.summaries(window, CommitLog.WINDOW);
            for (CommitSummary commit : found) {
                if (commit.first() < expected) {
                    continue;
                }
                if (commit.hash() == null || commit.recordedAt() == null
                        || commit.last() - from + 1 > maxSpan && to >= from) {
                    complete = false;
                    break scan;
                }
                if (commit.first() > expected) {
                    String voided = commit.recordedAt().isBefore(settledBefore)
                            ? voids.voidGap(expected, commit.first() - 1, now) : null;
                    if (voided == null) {
                        complete = false;
                        break scan;
                    }
                    log.warn("Global sequence {}..{} had no commit past the gap timeout: stored as a voided record",
                            expected, commit.first() - 1);
                    accumulator.commit(voided);
                }
                accumulator.commit(commit.hash());
                expected = commit.last() + 1;
                to = commit.last();
            }
            window = Math.max(window + CommitLog.WINDOW, expected);
        }
        if (complete && expected <= head && expected - from < maxSpan) {
            long[] gap = expiredTrailingGap(expected, head, now);
            String voided = gap == null ? null : voids.voidGap(gap[0], gap[1], now);
            if (voided != null) {
                log.warn("Global sequence {}..{} at the head had no commit past the gap timeout: stored as a voided "
                        + "record", gap[0], gap[1]);
                accumulator.commit(voided);
                to = gap[1];
            }
        }
        if (to < from) {
            return Optional.empty();
        }
        String hash = accumulator.finish(number, from, to, prev, List.of());
        Checkpoint checkpoint = seals.sign(new Checkpoint(number, from, to, prev, accumulator.commits(), List.of(),
                hash, now));
        if (!checkpoints.insert(checkpoint)) {
            return Optional.empty();
        }
        seals.anchor(checkpoint);
        return Optional.of(checkpoint);
    }

    /** The numbers of a gap at the head that were all reserved at least the gap timeout ago, if any. */
    private long[] expiredTrailingGap(long from, long head, Instant now) {
        if (trailingGap == null || trailingGap[0] != from) {
            trailingGap = new long[] {from, head};
            trailingSince = now;
            return null;
        }
        return trailingSince.isBefore(now.minus(gapTimeout)) ? trailingGap : null;
    }

    /** A checkpoint changed in the store (its signature no longer holds) is never extended: sealing over it would
     *  chain new checkpoints to figures nobody signed. Verify names it; sealing resumes once it is restored. */
    private boolean latestHolds(Optional<Checkpoint> latest) {
        if (latest.isEmpty() || (latest.get().signature() != null && seals.signatureHolds(latest.get()))) {
            return true;
        }
        if (!refusedLogged) {
            log.error("Not sealing: checkpoint {} in the store does not carry this installation's valid signature. "
                    + "It was changed: run cli audit verify.", latest.get().number());
            refusedLogged = true;
        }
        return false;
    }

    private boolean agreesWithAnchor(Optional<Checkpoint> latest) {
        Optional<SealAnchor.Head> anchored = seals.anchored();
        if (anchored.isEmpty()) {
            return true;
        }
        SealAnchor.Head head = anchored.get();
        long storedNumber = latest.map(Checkpoint::number).orElse(0L);
        boolean agrees = storedNumber >= head.number() && checkpoints.get(head.number())
                .map(c -> c.hash().equals(head.hash())).orElse(false);
        if (!agrees && !refusedLogged) {
            log.error("Not sealing: the store's checkpoints end at {} or differ from checkpoint {} this installation "
                    + "sealed (anchor outside the store). Checkpoints were deleted or rewritten: run cli audit verify.",
                    storedNumber, head.number());
            refusedLogged = true;
        }
        return agrees;
    }
}
