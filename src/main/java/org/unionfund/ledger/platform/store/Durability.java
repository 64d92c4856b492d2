package org.unionfund.ledger.platform.store;

/**
 * Makes writes that the server has acknowledged survive a crash of this process.
 * On a real MongoDB the write concern (majority, journaled) already does that; the embedded server needs an
 * explicit commit and fsync of its file store after each append.
 */
public interface Durability {

    /** Blocks until everything acknowledged so far is on stable storage. */
    void flush();

    /** Runs a write and makes it durable before returning, so no other write can interleave with the flush. */
    default <T> T durably(java.util.function.Supplier<T> write) {
        T result = write.get();
        flush();
        return result;
    }

    /**
     * Runs a bulk load on this thread (the demo loader; it resumes idempotently after a crash) whose writes are made
     * durable together — at the end, and at least every second — instead of one by one. Writes of other threads
     * stay durable one by one.
     */
    default void deferring(Runnable bulk) {
        bulk.run();
    }

    Durability SERVER_MANAGED = () -> { };
}
