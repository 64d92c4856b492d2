package org.unionfund.ledger.audit.chain;

import java.time.Instant;
import java.util.List;

/**
 * A seal over a stretch of the global sequence: the hash of the previous checkpoint and of every commit whose first
 * global sequence lies in {@code [from, to]} (see {@link CheckpointHashing}). {@code gaps} are the numbers in the
 * range that no commit holds (reservations of writers that crashed), sealed as such.
 */
public record Checkpoint(long number, long from, long to, String prev, long commits, List<long[]> gaps, String hash,
                         Instant sealedAt) {

    public boolean covers(long position) {
        return position >= from && position <= to;
    }

    /** The digest an outside auditor keeps, to check later that the log up to {@code to} was not rewritten. */
    public Digest digest() {
        return new Digest(number, from, to, hash, CheckpointHashing.SCHEME);
    }

    public record Digest(long number, long from, long to, String hash, String scheme) {
    }
}
