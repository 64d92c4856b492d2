package org.unionfund.ledger.audit.chain;

import java.util.List;

/**
 * What a verification found. {@code ok} when there is no error; {@code first} is the error at the lowest global
 * sequence (the first event or commit that does not match), {@code findings} the first 100 findings in global order.
 *
 * @param verifiedTo  the last global sequence number verified (the head when the verification started, or the
 *                    checkpoint's end for a checkpoint check)
 * @param checkpoints how many checkpoints were recomputed
 * @param sealedTo    the end of the latest checkpoint (a verification never seals)
 */
public record VerificationResult(boolean ok, long verifiedTo, long commits, long events, long checkpoints,
                                 long sealedTo, Finding first, int errorCount, int warningCount,
                                 List<Finding> findings, long millis) {
}
