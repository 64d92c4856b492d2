package org.unionfund.ledger.platform.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * What the unique indexes cannot see, checked before a commit is written: a unique multikey index separates
 * documents, never values inside one document, so a commit must not repeat an (aggregate, sequence) key or an event
 * identifier itself; and an aggregate's events in a commit must be consecutive. Whether the first of them follows
 * a stored event is checked with the predecessor look-up ({@link #refuseHoles}).
 */
final class AppendCheck {

    /** A commit repeats a key or an event identifier: a duplicate key, as the unique index would report it. */
    static final class DuplicateInCommit extends RuntimeException {

        private final transient EventMessage<?> event;

        DuplicateInCommit(String message, EventMessage<?> event) {
            super(message);
            this.event = event;
        }

        /** The event that repeated an earlier one of the commit. */
        EventMessage<?> event() {
            return event;
        }
    }

    private AppendCheck() {
    }

    /**
     * Refuses repeats within the commit ({@link DuplicateInCommit}) and an aggregate whose events in the commit
     * are not consecutive ({@link EventStoreException}).
     */
    static void refuseRepeatsAndJumps(List<? extends EventMessage<?>> messages) {
        Set<String> identifiers = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Map<String, Long> lastSeq = new HashMap<>();
        for (EventMessage<?> message : messages) {
            if (!identifiers.add(message.getIdentifier())) {
                throw new DuplicateInCommit("event identifier " + message.getIdentifier()
                        + " appears twice in one append", message);
            }
            if (!(message instanceof DomainEventMessage<?> domain) || domain.getAggregateIdentifier() == null) {
                continue;
            }
            String aggregate = domain.getAggregateIdentifier();
            long seq = domain.getSequenceNumber();
            if (!keys.add(CommitCodec.aggKey(aggregate, seq))) {
                throw new DuplicateInCommit("aggregate " + aggregate + " sequence " + seq
                        + " appears twice in one append", message);
            }
            Long previous = lastSeq.put(aggregate, seq);
            if (previous != null && seq != previous + 1) {
                throw new EventStoreException("aggregate " + aggregate + ": sequence " + seq + " follows " + previous
                        + " in one append; an aggregate's events must be consecutive, without a hole; nothing was "
                        + "stored");
            }
        }
    }

    /**
     * Refuses a commit whose first event of an aggregate (sequence n &gt; 0) has no stored event n − 1.
     *
     * @param found the predecessors' hashes by key, as found in memory or in the store; a predecessor without one
     *              (a commit written before hashing) is looked up by its key
     */
    static void refuseHoles(List<PendingCommit.Predecessor> needed, Map<String, String> found,
                            MongoCollection<Document> events) {
        List<String> unhashed = new ArrayList<>();
        for (PendingCommit.Predecessor predecessor : needed) {
            if (!found.containsKey(predecessor.key())) {
                unhashed.add(predecessor.key());
            }
        }
        if (unhashed.isEmpty()) {
            return;
        }
        Set<String> stored = new HashSet<>();
        for (Document commit : events.find(Filters.in(CommitCodec.AGG_KEYS, unhashed))
                                     .projection(Projections.include(CommitCodec.AGG_KEYS))) {
            for (Object key : commit.getList(CommitCodec.AGG_KEYS, Object.class)) {
                stored.add(String.valueOf(key));
            }
        }
        for (PendingCommit.Predecessor predecessor : needed) {
            if (!found.containsKey(predecessor.key()) && !stored.contains(predecessor.key())) {
                throw new EventStoreException("aggregate " + predecessor.aggregateId() + ": sequence "
                        + (predecessor.seq() + 1) + " would leave a hole, no event " + predecessor.seq()
                        + " is stored; nothing was stored");
            }
        }
    }
}
