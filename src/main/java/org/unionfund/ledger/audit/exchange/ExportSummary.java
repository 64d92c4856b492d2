package org.unionfund.ledger.audit.exchange;

/**
 * What an export wrote: counts, the global sequence it covers up to ({@code to}, the end of the latest checkpoint),
 * the last checkpoint and the digest (SHA-256 over every line before the trailer, as in the trailer).
 */
public record ExportSummary(long events, long commits, long checkpoints, long to, Long lastCheckpoint,
                            String lastCheckpointHash, String digest) {
}
