package org.unionfund.ledger.platform.store;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Keeps the store version a read started on from being reclaimed until the read is over. A plain MVStore reader
 * is otherwise protected only by the retention time, which covers chunks by their age, not by who still reads
 * them; with the version pinned, a chunk the read may still visit is never overwritten, so compaction
 * ({@link StoreCompaction}) and a short retention time cannot pull pages from under a running query.
 */
final class ReadPin {

    private final MVStore store;

    ReadPin(MVStore store) {
        this.store = store;
    }

    <T> T pinned(Supplier<T> read) {
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }
}
