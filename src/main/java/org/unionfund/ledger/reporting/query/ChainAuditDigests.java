package org.unionfund.ledger.reporting.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.chain.ChainAudit;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.chain.CheckpointStore;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.reporting.model.ReportBasis;

/**
 * {@link AuditDigests} from the audit package's hash chain: seals what has settled ({@link ChainAudit#latest()}),
 * then finds the first checkpoint whose range reaches the report's sequence by binary search over the checkpoint
 * numbers ({@code _id} look-ups). Checkpoints never change once sealed, so the same sequence always gets the same
 * checkpoint. If the sequence lies beyond the latest checkpoint (a gap younger than the event store's gap timeout
 * holds sealing back), the commits after the checkpoint are digested as a tail.
 */
@Component
record ChainAuditDigests(ChainAudit audit, CheckpointStore checkpoints, CommitLog log) implements AuditDigests {

    @Override
    public Digest at(long sequence) {
        String recordedAt = null;
        if (sequence > 0) {
            CommitRecord commit = log.commitContaining(sequence);
            if (commit != null && commit.recordedAt() != null) {
                recordedAt = ChainHash.recordedAt(commit.recordedAt());
            }
        }
        Optional<Checkpoint> latest = audit.latest();
        if (latest.isEmpty()) {
            return new Digest(recordedAt, null, sequence > 0 ? tail(1, sequence) : null);
        }
        Checkpoint found = latest.get();
        if (found.to() >= sequence) {
            long low = 1;
            long high = found.number();
            while (low < high) {
                long middle = low + (high - low) / 2;
                Checkpoint candidate = checkpoints.get(middle).orElse(null);
                if (candidate != null && candidate.to() >= sequence) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            found = checkpoints.get(low).orElse(found);
            return new Digest(recordedAt, ref(found), null);
        }
        return new Digest(recordedAt, ref(found), tail(found.to() + 1, sequence));
    }

    private static ReportBasis.CheckpointRef ref(Checkpoint c) {
        return new ReportBasis.CheckpointRef(c.number(), c.from(), c.to(), c.hash(), CheckpointHashing.SCHEME);
    }

    /** SHA-256 over the hashes of the commits starting in {@code [from, to]}, each followed by a line feed. */
    private ReportBasis.TailDigest tail(long from, long to) {
        MessageDigest digest = ChainHash.newDigest();
        long commits = 0;
        for (long window = from; window <= to; window += CommitLog.WINDOW) {
            int count = (int) Math.min(CommitLog.WINDOW, to - window + 1);
            for (CommitLog.CommitSummary commit : log.summaries(window, count)) {
                digest.update((commit.hash() == null ? "" : commit.hash()).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) '\n');
                commits++;
            }
        }
        return new ReportBasis.TailDigest(from, to, commits, ChainHash.hex(digest.digest()));
    }
}
