package org.unionfund.ledger.reporting.query;

import org.unionfund.ledger.reporting.model.ReportBasis;

/**
 * The audit digest a report states for the global sequence it was computed at: which checkpoint of the audit hash
 * chain covers it (and, if the log after the last checkpoint is not sealed yet, a digest of that tail), and when
 * the commit holding it was recorded.
 */
public interface AuditDigests {

    /** The digest of the log up to {@code sequence} (sealing what has settled first). */
    Digest at(long sequence);

    record Digest(String recordedAt, ReportBasis.CheckpointRef checkpoint, ReportBasis.TailDigest tail) {
    }
}
