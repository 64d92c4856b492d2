package org.unionfund.ledger.platform.projection;

/**
 * What a {@link BatchProjection} keeps per batch (counters, state, write-once documents): registered once with
 * {@link BatchProjection#store}, it is loaded before the batch, flushed after it and discarded after a failure, so a
 * projection lists its stores once instead of in three methods.
 */
public interface BatchStore {

    /** Loads what the batch's prefetch asked of this store ({@code keys.of(this)}); nothing by default. */
    default void load(BatchKeys keys) {
    }

    /** Writes the batch's changes; returns how many documents were written. */
    int flush();

    /** Forgets the state of a failed batch and every cache that might hold some of it. */
    void discard();
}
