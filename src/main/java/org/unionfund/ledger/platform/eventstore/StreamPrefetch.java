package org.unionfund.ledger.platform.eventstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short event streams of many aggregates read at once, for the thread that is about to load them (an import
 * loads the histories of all workers of a group of trips): one {@code aggKeys $in} and one snapshot look-up per
 * slice of aggregates instead of two round trips per aggregate; a stream found empty needs no read at all.
 * <p>
 * Each prefetched stream answers one load only, and only while its scope is open, so it is never older than the
 * group it was read for. A stream another writer extends in between is caught by the append, as for any load: the
 * aggregate's next sequence number is taken and the unique {@code aggKeys} index refuses the commit.
 */
public final class StreamPrefetch {

    /** Aggregates per look-up: the embedded server checks every returned commit against the whole key list. */
    private static final int SLICE = 64;

    /** An open prefetch; closing it drops what was not used. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private final AggregateStreamReader streams;
    private final SnapshotStore snapshots;
    private final ThreadLocal<Map<String, List<StoredEvent>>> prefetched = new ThreadLocal<>();

    StreamPrefetch(AggregateStreamReader streams, SnapshotStore snapshots) {
        this.streams = streams;
        this.snapshots = snapshots;
    }

    /** Reads the streams of the given aggregates for this thread until the scope is closed. */
    public Scope open(Collection<String> aggregateIds) {
        Map<String, List<StoredEvent>> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(aggregateIds));
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            Set<String> snapshotted = snapshots.existing(slice);
            List<String> plain = slice.stream().filter(id -> !snapshotted.contains(id)).toList();
            found.putAll(streams.readShort(plain));
        }
        prefetched.set(found);
        return prefetched::remove;
    }

    /** True when the aggregate's stream was prefetched: it has no snapshot. */
    boolean knowsNoSnapshot(String aggregateId) {
        Map<String, List<StoredEvent>> found = prefetched.get();
        return found != null && found.containsKey(aggregateId);
    }

    /** The prefetched stream from sequence 0 (used once), or null: read it from the store. */
    List<StoredEvent> take(String aggregateId, long firstSequenceNumber) {
        Map<String, List<StoredEvent>> found = prefetched.get();
        return found == null || firstSequenceNumber != 0 ? null : found.remove(aggregateId);
    }
}
