package org.unionfund.ledger.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;

/**
 * The latest recomputed hash of each aggregate during a verification: kept in memory up to a bound (least recently
 * used first out); beyond that a predecessor is looked up in the log by its key.
 */
final class AggregateHeads {

    /** An aggregate's event at {@code seq}: its recomputed hash and global sequence number. */
    record Head(long seq, String hash, long gseq) {
    }

    private final CommitLog log;
    private final Map<String, Head> heads;

    AggregateHeads(CommitLog log, int memoryHeads) {
        this.log = log;
        this.heads = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > memoryHeads;
            }
        };
    }

    Head get(String aggregate) {
        return heads.get(aggregate);
    }

    void put(String aggregate, Head head) {
        heads.put(aggregate, head);
    }

    /** The aggregate's event at {@code seq} as stored in the log, with its hash recomputed; null if none. */
    Head lookUp(String aggregate, long seq) {
        CommitRecord holder = log.commitOf(aggregate, seq);
        return holder == null ? null : holder.eventOf(aggregate, seq).map(event -> {
            String prev = event.storedPrev() == null ? ChainHash.GENESIS : event.storedPrev();
            return new Head(seq, event.computeHash(holder.first(), prev), holder.first() + event.index());
        }).orElse(null);
    }
}
