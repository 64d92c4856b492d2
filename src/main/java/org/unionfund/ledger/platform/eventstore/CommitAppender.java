package org.unionfund.ledger.platform.eventstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;

/**
 * The write path of {@link LedgerEventStorageEngine}: finds the hashes a commit chains to and inserts it as one
 * document numbered from the head of the global sequence. Appends of one engine are inserted one at a time (a
 * lock around the insert, not the flush, so the file backend still makes concurrent appends durable together).
 */
final class CommitAppender {

    private static final Logger log = LoggerFactory.getLogger(CommitAppender.class);
    static final String EVENT_IDS_INDEX = "eventIds_1";
    /** Inserts refused on {@code _id} in a row before giving up: each one means another writer stored a commit. */
    private static final int MAX_ATTEMPTS = 1000;

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final GlobalSequence sequence;
    private final CommitEnds ends;
    private final ChainHeads chainHeads;
    private final AggregateStreamReader aggregateStreams;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** The last number of the newest commit this writer knows of; -1 until looked up. Guarded by {@link #lock}. */
    private long head = -1;

    CommitAppender(MongoCollection<Document> events, GlobalSequence sequence, CommitEnds ends, ChainHeads chainHeads,
            AggregateStreamReader aggregateStreams, Clock clock) {
        this.events = events;
        this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
        this.sequence = sequence;
        this.ends = ends;
        this.chainHeads = chainHeads;
        this.aggregateStreams = aggregateStreams;
        this.clock = clock;
    }

    /**
     * The hashes of the events the commit chains to, from memory or with one {@code aggKeys $in} look-up for those
     * not remembered (an aggregate loaded or appended on another node, or forgotten).
     */
    Map<String, String> predecessorHashes(PendingCommit commit) {
        List<PendingCommit.Predecessor> needed = commit.predecessors();
        if (needed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (PendingCommit.Predecessor predecessor : needed) {
            String hash = chainHeads.hashOf(predecessor.aggregateId(), predecessor.seq());
            if (hash != null) {
                found.put(predecessor.key(), hash);
            } else {
                missing.add(predecessor.key());
            }
        }
        if (!missing.isEmpty()) {
            found.putAll(aggregateStreams.hashesOf(missing));
        }
        return found;
    }

    /**
     * Inserts the commit at the head plus one; returns the refusal if another history holds an aggKey or another
     * commit an event identifier. The head is remembered from the last insert, so the common case is one round trip;
     * a refusal on {@code _id} means another writer stored a commit there first: the head is looked up again and the
     * insert retried. No number is taken before the insert, so a refused or lost insert leaves no gap, and a commit
     * is stored only after the one before it: readers see the numbers appear in order.
     */
    MongoWriteException write(PendingCommit commit, Map<String, String> previous) {
        lock.lock();
        try {
            long first = (head < 0 ? sequence.current() : head) + 1;
            for (int attempt = 1; ; attempt++) {
                try {
                    rawEvents.insertOne(commit.toBson(first, Date.from(clock.instant()), previous));
                } catch (MongoWriteException e) {
                    if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        head = -1;
                        throw e;
                    }
                    String message = e.getError().getMessage();
                    if (message.contains(CommitCodec.AGG_KEYS) || message.contains(EVENT_IDS_INDEX)) {
                        return e;
                    }
                    if (attempt == MAX_ATTEMPTS) {
                        head = -1;
                        throw new EventStoreException("Global sequence " + first + " was taken by another writer "
                                                              + MAX_ATTEMPTS + " times in a row", e);
                    }
                    first = Math.max(sequence.current(), first) + 1;
                    continue;
                } catch (RuntimeException e) {
                    head = -1; // stored or not: the next append looks the head up
                    throw e;
                }
                stored(commit, first);
                return null;
            }
        } finally {
            lock.unlock();
        }
    }

    private void stored(PendingCommit commit, long first) {
        long last = first + commit.size() - 1;
        head = last;
        ends.record(last);
        for (int i = 0; i < commit.size(); i++) {
            if (commit.aggregateId(i) != null) {
                chainHeads.record(commit.aggregateId(i), commit.seq(i), commit.hash(i));
            }
        }
        try {
            sequence.stored(first, last);
        } catch (MongoException e) {
            log.warn("Could not move the global sequence counter up to {}; finding the head takes longer", last, e);
        }
    }
}
