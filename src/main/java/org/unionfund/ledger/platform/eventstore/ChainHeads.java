package org.unionfund.ledger.platform.eventstore;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers the hash of the latest event seen per aggregate (appended here, or read while loading the aggregate),
 * so that appending the next event rarely needs to look its predecessor's hash up. Stored hashes never change, so
 * an entry is right for its (aggregate, sequence) forever; forgetting one only costs a key look-up.
 */
final class ChainHeads {

    private static final int SLOTS = 1 << 16;

    record Head(String aggregateId, long seq, String hash) {
    }

    private final AtomicReferenceArray<Head> slots = new AtomicReferenceArray<>(SLOTS);

    void record(String aggregateId, long seq, String hash) {
        if (hash == null) {
            return;
        }
        slots.set(slot(aggregateId), new Head(aggregateId, seq, hash));
    }

    /** The hash of event {@code seq} of the aggregate if remembered, else {@code null}. */
    String hashOf(String aggregateId, long seq) {
        Head head = slots.get(slot(aggregateId));
        return head != null && head.seq == seq && head.aggregateId.equals(aggregateId) ? head.hash : null;
    }

    private static int slot(String aggregateId) {
        int h = aggregateId.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
