package org.unionfund.ledger.audit.chain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;

/**
 * Recomputes every hash of the log from the stored content and names what does not match. One pass over the global
 * sequence in {@code _id $in} windows:
 * <ul>
 * <li>every event's hash from its stored content and stored chain link ({@code content-hash});</li>
 * <li>every chain link against the recomputed hash of the aggregate's previous event ({@code chain-link}), and the
 * aggregate's sequence numbers for holes ({@code missing-sequence});</li>
 * <li>every commit's hash from its header and its events' recomputed hashes ({@code commit-hash}), its layout
 * ({@code structure}: gseq, aggKeys, hash entries, unknown members);</li>
 * <li>numbers that no commit holds: inside a checkpoint they must be the gaps it sealed, else a commit was deleted
 * ({@code missing-commit}); after the last checkpoint they are reported as {@code gap} warnings, and as
 * {@code missing-commit} when an aggregate's chain skips over them;</li>
 * <li>every checkpoint from the recomputed commit hashes of its range and the previous checkpoint
 * ({@code checkpoint-mismatch}, {@code checkpoint-chain}), its signature by the audit key
 * ({@code checkpoint-unsigned}, {@code checkpoint-signature}) and the store's checkpoints against the anchor
 * outside the store ({@code checkpoint-deleted}, {@code checkpoint-rewritten}), see {@link Seals}.</li>
 * </ul>
 * It never seals.
 * Aggregates' latest hashes are kept in memory (bounded); beyond that a predecessor is looked up by its key.
 */
@Component
public record Verifier(CommitLog log, CheckpointStore checkpoints, AuditProperties properties, Seals seals) {

    /** Reports how far a verification got. */
    @FunctionalInterface
    public interface Progress {
        void update(long position, long head, long events);
    }

    private static final int MAX_LISTED = 100;

    /** The outcome and the checkpoint hashes as recomputed from the store (by checkpoint number). */
    public record Walk(VerificationResult result, Map<Long, String> recomputedCheckpoints) {
    }

    /** Verifies the log from the start up to {@code upTo} (the head when null). */
    public Walk verify(Long upTo, Progress progress) {
        return verify(upTo, progress, true);
    }

    /** As {@link #verify(Long, Progress)}; without the signature and anchor checks when {@code seals} is false. */
    Walk verify(Long upTo, Progress progress, boolean checkSeals) {
        long started = System.currentTimeMillis();
        List<Checkpoint> sealed = checkpoints.all();
        // Sealed numbers count even if the counter was set back (to hide commits removed from the end).
        long head = Math.max(log.head(), sealed.isEmpty() ? 0 : sealed.get(sealed.size() - 1).to());
        long limit = upTo == null ? head : Math.min(upTo, head);
        int memoryHeads = Math.max(1000, properties.verifyMemoryHeads());
        VerificationPass pass = new VerificationPass(log, memoryHeads, limit, sealed);
        long window = 1;
        while (window <= limit) {
            List<CommitRecord> commits = log.read(window, CommitLog.WINDOW);
            for (CommitRecord commit : commits) {
                if (commit.first() <= limit) {
                    pass.commit(commit);
                }
            }
            window = Math.max(window + CommitLog.WINDOW, Math.min(pass.expected, limit + 1));
            if (progress != null) {
                progress.update(Math.min(window - 1, limit), limit, pass.events);
            }
        }
        pass.finish();
        if (checkSeals) {
            seals.check(sealed, limit, upTo == null, pass.findings);
        }
        if (upTo == null) {
            long documents = log.countDocuments();
            if (documents > pass.commits) {
                pass.findings.add(Finding.error(limit + 1, "structure", null, null, null, (documents - pass.commits)
                        + " commit document(s) lie outside the global sequence 1.." + limit
                        + " (their _id is beyond the counter or not a sequence number)"));
            }
        }
        // At one position, what happened to the log comes before the checkpoint that no longer matches it.
        pass.findings.sort(Comparator.comparingLong(Finding::position)
                .thenComparing(f -> f.kind().startsWith("checkpoint-")));
        int errors = (int) pass.findings.stream().filter(Finding::isError).count();
        Finding first = pass.findings.stream().filter(Finding::isError).findFirst().orElse(null);
        long sealedTo = sealed.isEmpty() ? 0 : sealed.get(sealed.size() - 1).to();
        VerificationResult result = new VerificationResult(errors == 0, limit, pass.commits, pass.events,
                pass.checkpointsChecked, sealedTo, first, errors, pass.findings.size() - errors,
                List.copyOf(pass.findings.subList(0, Math.min(MAX_LISTED, pass.findings.size()))),
                System.currentTimeMillis() - started);
        return new Walk(result, pass.recomputed);
    }
}
