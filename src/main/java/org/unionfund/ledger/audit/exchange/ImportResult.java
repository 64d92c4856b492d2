package org.unionfund.ledger.audit.exchange;

import org.unionfund.ledger.audit.chain.VerificationResult;

/**
 * What an import stored: counts, the head of the global sequence, the digest it checked against the trailer, and
 * the verification of the imported store. The projections are being rebuilt when this is returned (see the
 * processors' status).
 */
public record ImportResult(long events, long commits, long checkpoints, long head, String digest,
                           VerificationResult verification) {
}
