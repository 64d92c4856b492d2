package org.unionfund.ledger.platform.eventstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The write path of {@link LedgerEventStorageEngine}: finds the hashes a commit chains to, reserves its global
 * sequence numbers and inserts it as one document; a refused insert voids its reservation so that readers need not
 * wait for the gap timeout.
 */
final class CommitAppender {

    private static final Logger log = LoggerFactory.getLogger(CommitAppender.class);
    static final String EVENT_IDS_INDEX = "eventIds_1";

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final GlobalSequence sequence;
    private final CommitEnds ends;
    private final ChainHeads chainHeads;
    private final AggregateStreamReader aggregateStreams;
    private final Clock clock;

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
     * Reserves the numbers and inserts the commit; returns the refusal if another history holds an aggKey or another
     * commit an event identifier.
     */
    MongoWriteException write(PendingCommit commit, Map<String, String> previous) {
        long last = sequence.reserve(commit.size());
        long first = last - commit.size() + 1;
        Date recordedAt = Date.from(clock.instant());
        try {
            rawEvents.insertOne(commit.toBson(first, recordedAt, previous));
            ends.record(last);
            for (int i = 0; i < commit.size(); i++) {
                if (commit.aggregateId(i) != null) {
                    chainHeads.record(commit.aggregateId(i), commit.seq(i), commit.hash(i));
                }
            }
            return null;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            String message = e.getError().getMessage();
            if (!message.contains(CommitCodec.AGG_KEYS) && !message.contains(EVENT_IDS_INDEX)) {
                throw new EventStoreException("Global sequence " + first + " is already taken; the counter in "
                                                      + "'sequences' is behind the stored commits", e);
            }
            voidReservation(first, last, recordedAt, message.contains(EVENT_IDS_INDEX)
                    ? "refused: event identifier taken" : "refused: aggregate sequence taken");
            return e;
        }
    }

    private void voidReservation(long first, long last, Date recordedAt, String reason) {
        try {
            events.insertOne(CommitCodec.voided(first, last, recordedAt, reason));
            ends.record(last);
        } catch (MongoException e) {
            log.warn("Could not void global sequence {}..{}; readers will wait for the gap timeout", first, last, e);
        }
    }
}
