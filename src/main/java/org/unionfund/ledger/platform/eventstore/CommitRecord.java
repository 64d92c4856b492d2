package org.unionfund.ledger.platform.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One stored commit document as the auditor sees it. Fields are null when absent or of an unexpected type.
 *
 * @param aggKeys    the stored {@code aggKeys} (null when absent, as for commits without domain events)
 * @param hashed     whether the document has readable {@code hashes} and {@code prevs} (commits written before
 *                   hashing do not)
 * @param unexpected top-level member names the stored format does not have
 * @param problems   structural defects found while reading (wrong types, hash binaries of the wrong length)
 */
public record CommitRecord(long first, Long last, Instant recordedAt, String voided, List<String> aggKeys,
                           List<EventRecord> events, boolean hashed, String storedHash, List<String> unexpected,
                           List<String> problems) {

    public boolean isVoided() {
        return voided != null;
    }

    /** The stored {@code last}, or the first sequence when it is missing. */
    public long lastOrFirst() {
        return last == null ? first : last;
    }

    /** The commit hash over the given event hashes and the commit's stored header. */
    public String computeHash(List<String> eventHashes) {
        return ChainHash.commitHash(first, lastOrFirst(), recordedAt == null ? Instant.EPOCH : recordedAt, voided,
                                    eventHashes);
    }

    /** The canonical commit line with the given event hashes and commit hash. */
    public byte[] line(List<String> eventHashes, String hash) {
        return ChainHash.commitLine(first, lastOrFirst(), recordedAt == null ? Instant.EPOCH : recordedAt, voided,
                                    eventHashes, hash);
    }

    /** The event of {@code aggregateId} at sequence {@code seq} in this commit, if it holds it. */
    public Optional<EventRecord> eventOf(String aggregateId, long seq) {
        return events().stream()
                .filter(e -> aggregateId.equals(e.aggregateId()) && e.seq() != null && e.seq() == seq).findFirst();
    }
}
