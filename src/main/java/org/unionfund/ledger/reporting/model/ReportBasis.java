package org.unionfund.ledger.reporting.model;

/**
 * What a report was computed at, so that it can be reproduced ({@code asOf = sequence}) and verified (the audit
 * checkpoint digest, POST /api/v1/audit/checkpoints/check).
 *
 * @param source     {@code projections} (the live pre-aggregated read models) or {@code replay} (the log replayed
 *                   into shadow read models up to {@code sequence})
 * @param asOf       the cut as requested ({@code 1234}, an instant or a date), null for a live report
 * @param sequence   the global sequence of the last event the figures include (the end of a commit)
 * @param recordedAt when the commit holding {@code sequence} was recorded (ISO-8601, from the log)
 * @param caughtUp   false when the projections had not caught up with the log within the wait (live reports)
 * @param checkpoint the first audit checkpoint covering {@code sequence} (or the latest one when none covers it
 *                   yet); null when nothing has been sealed
 * @param tail       when the checkpoint ends before {@code sequence}: the digest of the commits after it, up to
 *                   {@code sequence}; else null
 */
public record ReportBasis(String source, String asOf, long sequence, String recordedAt, boolean caughtUp,
        CheckpointRef checkpoint, TailDigest tail) {

    public static final String PROJECTIONS = "projections";
    public static final String REPLAY = "replay";

    /** An audit checkpoint digest (docs/audit.md): number, the global sequence range it seals, hash, scheme. */
    public record CheckpointRef(long number, long from, long to, String hash, String scheme) {
    }

    /**
     * SHA-256 over the hashes of the commits whose first global sequence lies in {@code [from, to]}, in global
     * order, each followed by a line feed (the body of a checkpoint hash; docs/reports.md).
     */
    public record TailDigest(long from, long to, long commits, String sha256) {
    }
}
