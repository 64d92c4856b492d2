package org.unionfund.ledger.kernel;

import java.util.function.Supplier;

/**
 * A request id used again: with the same content (the same request fingerprint) it is a repeat, answered from what
 * was recorded and writing nothing; with other content it is refused by the context's {@code idempotency-conflict}.
 */
public final class Idempotency {

    private Idempotency() {
    }

    /** Whether {@code earlier} (the fingerprint recorded under the request's id, null if none) is this request again. */
    public static boolean isRepeat(String earlier, String fingerprint, Supplier<? extends RuntimeException> conflict) {
        if (earlier == null) {
            return false;
        }
        if (!earlier.equals(fingerprint)) {
            throw conflict.get();
        }
        return true;
    }
}
