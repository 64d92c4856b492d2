package org.unionfund.ledger.audit.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;

/** The state of one {@link Verifier} pass: checks commits in global-sequence order and collects the findings. */
final class VerificationPass {

    final long limit;
    final List<Checkpoint> sealed;
    final List<Finding> findings = new ArrayList<>();
    final Map<Long, String> recomputed = new HashMap<>();
    private final AggregateHeads heads;
    /** Gaps after the last checkpoint: {from, to}. */
    final List<long[]> unsealedGaps = new ArrayList<>();
    long expected = 1;
    long commits;
    long events;
    long checkpointsChecked;
    int current;
    CheckpointHashing.Accumulator accumulator = new CheckpointHashing.Accumulator();
    List<long[]> observedGaps = new ArrayList<>();
    String previousCheckpointHash = ChainHash.GENESIS;
    long previousCheckpointTo;

    VerificationPass(CommitLog log, int memoryHeads, long limit, List<Checkpoint> sealed) {
        this.heads = new AggregateHeads(log, memoryHeads);
        this.limit = limit;
        this.sealed = sealed;
    }

    void commit(CommitRecord commit) {
        while (current < sealed.size() && commit.first() > sealed.get(current).to()) {
            finishCheckpoint();
        }
        if (commit.first() < expected) {
            error(commit.first(), "structure", commit.first(), null, null, "commit " + commit.first()
                    + " overlaps the previous commit, which ends at " + (expected - 1));
        } else if (commit.first() > expected) {
            gap(expected, commit.first() - 1);
        }
        String commitHash = check(commit);
        if (current < sealed.size() && sealed.get(current).covers(commit.first())) {
            accumulator.commit(commitHash);
        }
        commits++;
        expected = Math.max(expected, commit.lastOrFirst() + 1);
    }

    void finish() {
        if (expected <= limit) {
            gap(expected, limit);
        }
        while (current < sealed.size() && sealed.get(current).to() <= limit) {
            finishCheckpoint();
        }
    }

    private void gap(long from, long to) {
        Checkpoint inside = sealed.stream().filter(c -> c.covers(from)).findFirst().orElse(null);
        if (inside != null) {
            observedGaps.add(new long[] {from, to});
            if (inside.gaps().stream().noneMatch(g -> g[0] == from && g[1] == to)) {
                error(from, "missing-commit", null, null, null, "global sequence " + range(from, to)
                        + " has no commit, but checkpoint " + inside.number() + " sealed it with a commit: "
                        + "the commit was deleted");
            }
        } else {
            unsealedGaps.add(new long[] {from, to});
            findings.add(Finding.warning(from, "gap", "global sequence " + range(from, to) + " has no commit "
                    + "(not sealed yet: a write in progress, a writer that crashed, or a deleted commit)"));
        }
    }

    /** Checks one commit; returns its hash recomputed from its content. */
    private String check(CommitRecord commit) {
        long first = commit.first();
        for (String problem : commit.problems()) {
            error(first, "structure", first, null, null, "commit " + first + ": " + problem);
        }
        if (!commit.unexpected().isEmpty()) {
            error(first, "structure", first, null, null, "commit " + first + " has unexpected members "
                    + commit.unexpected());
        }
        if (commit.last() == null || commit.recordedAt() == null) {
            error(first, "structure", first, null, null, "commit " + first + " lacks last or recordedAt");
        }
        if (commit.isVoided() && commit.voided().startsWith("expired")) {
            findings.add(Finding.warning(first, "voided", "global sequence " + range(first, commit.lastOrFirst())
                    + " is a voided record: " + commit.voided()));
        }
        if (commit.isVoided() && !commit.events().isEmpty()) {
            error(first, "structure", first, null, null, "voided commit " + first + " holds events");
        }
        if (!commit.isVoided() && commit.last() != null
                && commit.last() - first + 1 != commit.events().size()) {
            error(first, "structure", first, null, null, "commit " + first + ".." + commit.last() + " holds "
                    + commit.events().size() + " events");
        }
        if (!commit.hashed() || commit.storedHash() == null) {
            error(first, "unhashed", first, null, null, "commit " + first + " carries no hashes (written "
                    + "before hashing, or the hashes were removed)");
        }
        List<String> expectedKeys = new ArrayList<>();
        int findingsBefore = findings.size();
        List<String> eventHashes = new ArrayList<>(commit.events().size());
        for (EventRecord event : commit.events()) {
            events++;
            eventHashes.add(checkEvent(commit, event));
            if (event.key() != null) {
                expectedKeys.add(event.key());
            }
        }
        List<String> storedKeys = commit.aggKeys() == null ? List.of() : commit.aggKeys();
        if (!storedKeys.equals(expectedKeys)) {
            error(first, "structure", first, null, null, "commit " + first + ": aggKeys " + storedKeys
                    + " do not match its events " + expectedKeys);
        }
        String recomputed = commit.computeHash(eventHashes);
        if (commit.hashed() && commit.storedHash() != null && !recomputed.equals(commit.storedHash())) {
            // Located at the commit, unless one of its events already explains it.
            boolean explained = findings.size() > findingsBefore;
            error(explained ? commit.lastOrFirst() : first, "commit-hash", first, null, null, "commit " + first + ": its header or its events "
                    + "changed (stored hash " + commit.storedHash() + ", recomputed " + recomputed + ")");
        }
        return recomputed;
    }

    /** Checks one event; returns its hash recomputed from its content. */
    private String checkEvent(CommitRecord commit, EventRecord event) {
        long first = commit.first();
        long position = first + event.index();
        String aggregate = event.aggregateId();
        Long seq = event.seq();
        if (event.gseq() == null || event.gseq() != position) {
            error(position, "structure", first, aggregate, seq, "event " + event.index() + " of commit " + first
                    + " has gseq " + event.gseq() + " instead of " + position);
        }
        if (!event.unexpected().isEmpty()) {
            error(position, "structure", first, aggregate, seq, "event at " + position
                    + " has unexpected members " + event.unexpected());
        }
        String storedPrev = event.storedPrev() == null ? ChainHash.GENESIS : event.storedPrev();
        String recomputed = event.computeHash(first, storedPrev);
        if (commit.hashed() && !recomputed.equals(event.storedHash())) {
            error(position, "content-hash", first, aggregate, seq, "the stored event " + describe(event)
                    + " no longer matches its hash: its content was changed");
        }
        String expectedPrev = expectedPrev(position, first, event);
        if (commit.hashed() && expectedPrev != null && !expectedPrev.equals(storedPrev)) {
            error(position, "chain-link", first, aggregate, seq, "the event " + describe(event) + " chains to "
                    + storedPrev + " but its predecessor's hash is " + expectedPrev);
        }
        if (aggregate != null && seq != null) {
            heads.put(aggregate, new AggregateHeads.Head(seq, recomputed, position));
        }
        return recomputed;
    }

    /** The hash the event must chain to, or null if unknown (a hole, reported here). */
    private String expectedPrev(long position, long commit, EventRecord event) {
        String aggregate = event.aggregateId();
        Long seq = event.seq();
        if (aggregate == null || seq == null) {
            return ChainHash.GENESIS;
        }
        AggregateHeads.Head head = heads.get(aggregate);
        if (seq == 0) {
            if (head != null) {
                error(position, "structure", commit, aggregate, seq, "aggregate " + aggregate
                        + " starts again at sequence 0 (earlier start at " + head.gseq() + ")");
            }
            return ChainHash.GENESIS;
        }
        if (head == null) {
            head = heads.lookUp(aggregate, seq - 1);
        }
        if (head != null && head.seq() == seq - 1) {
            return head.hash();
        }
        if (head != null && head.seq() >= seq) {
            error(position, "structure", commit, aggregate, seq, "aggregate " + aggregate + " has sequence "
                    + seq + " again (or out of order; it was at " + head.seq() + " at " + head.gseq() + ")");
            return null;
        }
        long missingFrom = head == null ? seq - 1 : head.seq() + 1;
        long after = head == null ? 0 : head.gseq();
        error(position, "missing-sequence", commit, aggregate, seq, "aggregate " + aggregate + " jumps to "
                + "sequence " + seq + ": " + range(missingFrom, seq - 1) + " missing");
        for (long[] gap : unsealedGaps) {
            if (gap[0] > after && gap[1] < position) {
                error(gap[0], "missing-commit", null, aggregate, missingFrom, "global sequence "
                        + range(gap[0], gap[1]) + " has no commit, and aggregate " + aggregate
                        + " misses sequence " + range(missingFrom, seq - 1)
                        + " there: the commit was deleted");
            }
        }
        return null;
    }

    private void finishCheckpoint() {
        Checkpoint checkpoint = sealed.get(current);
        String hash = accumulator.finish(checkpoint.number(), checkpoint.from(), checkpoint.to(),
                checkpoint.prev(), checkpoint.gaps());
        recomputed.put(checkpoint.number(), hash);
        checkpointsChecked++;
        if (!hash.equals(checkpoint.hash())) {
            error(checkpoint.to(), "checkpoint-mismatch", null, null, null, "checkpoint " + checkpoint.number()
                    + " over " + range(checkpoint.from(), checkpoint.to()) + " does not match the commits "
                    + "stored there now (" + accumulator.commits() + " commits): a commit in that range was "
                    + "rewritten, added or removed");
        }
        if (!checkpoint.prev().equals(previousCheckpointHash) || checkpoint.from() != previousCheckpointTo + 1) {
            error(checkpoint.from(), "checkpoint-chain", null, null, null, "checkpoint " + checkpoint.number()
                    + " does not follow checkpoint " + (checkpoint.number() - 1) + " (prev hash or range)");
        }
        for (long[] recorded : checkpoint.gaps()) {
            boolean seen = observedGaps.stream().anyMatch(g -> g[0] == recorded[0] && g[1] == recorded[1]);
            if (!seen) {
                error(recorded[0], "structure", null, null, null, "checkpoint " + checkpoint.number()
                        + " sealed " + range(recorded[0], recorded[1]) + " as a gap, but a commit is stored "
                        + "there now");
            }
        }
        previousCheckpointHash = checkpoint.hash();
        previousCheckpointTo = checkpoint.to();
        accumulator = new CheckpointHashing.Accumulator();
        observedGaps = new ArrayList<>();
        current++;
    }

    private void error(long position, String kind, Long commit, String aggregate, Long seq, String detail) {
        findings.add(Finding.error(position, kind, commit, aggregate, seq, detail));
    }

    private static String describe(EventRecord event) {
        String type = event.type() == null ? "?" : event.type().substring(event.type().lastIndexOf('.') + 1);
        return event.aggregateId() == null ? type + " at " + event.gseq()
                : type + " " + event.aggregateId() + "/" + event.seq();
    }

    private static String range(long from, long to) {
        return from == to ? String.valueOf(from) : from + ".." + to;
    }
}
