package org.unionfund.ledger.audit.chain;

/**
 * Something the verifier found wrong, located at a global sequence number.
 *
 * @param position  the global sequence number it is about (the first one of a missing stretch)
 * @param kind      {@code content-hash}, {@code chain-link}, {@code missing-sequence}, {@code missing-commit},
 *                  {@code commit-hash}, {@code structure}, {@code unhashed}, {@code checkpoint-mismatch},
 *                  {@code checkpoint-chain}, {@code checkpoint-unsigned}, {@code checkpoint-signature},
 *                  {@code checkpoint-deleted}, {@code checkpoint-rewritten}; warnings: {@code gap} (numbers no
 *                  commit holds, not sealed yet), {@code voided} (an expired gap stored as a voided record)
 * @param severity  {@code error} or {@code warning}
 * @param commit    the commit (its first global sequence), when the finding is about one
 * @param aggregate the aggregate and {@code seq} its sequence number, when about an event
 */
public record Finding(long position, String kind, String severity, Long commit, String aggregate, Long seq,
                      String detail) {

    static Finding error(long position, String kind, Long commit, String aggregate, Long seq, String detail) {
        return new Finding(position, kind, "error", commit, aggregate, seq, detail);
    }

    static Finding warning(long position, String kind, String detail) {
        return new Finding(position, kind, "warning", null, null, null, detail);
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
