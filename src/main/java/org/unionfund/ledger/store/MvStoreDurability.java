package org.unionfund.ledger.store;

import java.time.Duration;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Durability for the embedded H2 (MVStore) backend, whose auto-commit is disabled: an append is acknowledged to
 * the caller only after the MVStore has committed a new chunk and forced it to disk. Event writes and the flush run
 * under one lock so a flush never persists half of another event write. A bulk load ({@link #deferring}) commits
 * at its end and at least every second; a crash loses at most that second of its work, never part of a write.
 */
final class MvStoreDurability implements Durability {

    static final Duration MAX_DEFERRAL = Duration.ofSeconds(1);

    private final MVStore store;
    private final long maxDeferralNanos;
    private final Object lock = new Object();
    private final ThreadLocal<int[]> deferringDepth = ThreadLocal.withInitial(() -> new int[1]);
    private long lastFlush = System.nanoTime();

    MvStoreDurability(MVStore store) {
        this(store, MAX_DEFERRAL);
    }

    MvStoreDurability(MVStore store, Duration maxDeferral) {
        this.store = store;
        this.maxDeferralNanos = maxDeferral.toNanos();
    }

    @Override
    public void flush() {
        synchronized (lock) {
            commitAndSync();
        }
    }

    @Override
    public <T> T durably(Supplier<T> write) {
        synchronized (lock) {
            T result = write.get();
            if (deferringDepth.get()[0] == 0 || System.nanoTime() - lastFlush > maxDeferralNanos) {
                commitAndSync();
            }
            return result;
        }
    }

    @Override
    public void deferring(Runnable bulk) {
        int[] depth = deferringDepth.get();
        depth[0]++;
        try {
            bulk.run();
        } finally {
            if (--depth[0] == 0) {
                flush();
            }
        }
    }

    private void commitAndSync() {
        store.commit();
        store.sync();
        lastFlush = System.nanoTime();
    }
}
