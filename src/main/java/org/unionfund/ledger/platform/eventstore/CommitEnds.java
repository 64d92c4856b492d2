package org.unionfund.ledger.platform.eventstore;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers the last global sequence of recently appended or read commits. A token whose index is a known commit
 * end cannot be in the middle of a commit, which saves the backward look-up that resuming a token otherwise needs.
 * Forgetting an entry only costs that look-up.
 */
final class CommitEnds {

    private static final int SLOTS = 4096;

    private final AtomicLongArray slots = new AtomicLongArray(SLOTS);

    void record(long last) {
        slots.set((int) (last & (SLOTS - 1)), last);
    }

    boolean isEnd(long position) {
        return position > 0 && slots.get((int) (position & (SLOTS - 1))) == position;
    }
}
