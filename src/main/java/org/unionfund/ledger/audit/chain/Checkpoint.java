package org.unionfund.ledger.audit.chain;

import java.time.Instant;
import java.util.List;

import org.unionfund.ledger.audit.seal.SealSignature;

/**
 * A seal over a stretch of the global sequence: the hash of the previous checkpoint and of every commit whose first
 * global sequence lies in {@code [from, to]} (see {@link CheckpointHashing}). {@code gaps} are the numbers in the
 * range that no commit holds (reservations of writers that crashed), sealed as such by checkpoints written before
 * expired gaps became voided records. {@code signature} is the audit key's signature over the canonical line
 * ({@link CheckpointHashing#line(Checkpoint)}); null only on checkpoints of a store not yet migrated.
 */
public record Checkpoint(long number, long from, long to, String prev, long commits, List<long[]> gaps, String hash,
                         Instant sealedAt, SealSignature signature) {

    public Checkpoint(long number, long from, long to, String prev, long commits, List<long[]> gaps, String hash,
                      Instant sealedAt) {
        this(number, from, to, prev, commits, gaps, hash, sealedAt, null);
    }

    public Checkpoint signedWith(SealSignature seal) {
        return new Checkpoint(number, from, to, prev, commits, gaps, hash, sealedAt, seal);
    }

    public boolean covers(long position) {
        return position >= from && position <= to;
    }

    /** The digest an outside auditor keeps, to check later that the log up to {@code to} was not rewritten. */
    public Digest digest() {
        return new Digest(number, from, to, hash, CheckpointHashing.SCHEME, signature);
    }

    public record Digest(long number, long from, long to, String hash, String scheme, SealSignature signature) {
    }
}
