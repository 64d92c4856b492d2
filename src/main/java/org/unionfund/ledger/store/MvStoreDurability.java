package org.unionfund.ledger.store;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Durability for the embedded H2 (MVStore) backend, whose auto-commit is disabled: an append is acknowledged to
 * the caller only after the MVStore has committed a new chunk and forced it to disk. Event writes and the flush run
 * under one lock so a flush never persists half of another event write.
 */
final class MvStoreDurability implements Durability {

    private final MVStore store;
    private final Object lock = new Object();

    MvStoreDurability(MVStore store) {
        this.store = store;
    }

    @Override
    public void flush() {
        synchronized (lock) {
            store.commit();
            store.sync();
        }
    }

    @Override
    public <T> T durably(Supplier<T> write) {
        synchronized (lock) {
            T result = write.get();
            store.commit();
            store.sync();
            return result;
        }
    }
}
