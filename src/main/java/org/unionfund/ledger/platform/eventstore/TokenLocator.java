package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.RECORDED_AT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.longValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.RawBsonDocument;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/** Head and point-in-time tokens, found with key look-ups on the global sequence. */
final class TokenLocator {

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final GlobalSequence sequence;
    private final int window;

    TokenLocator(MongoCollection<Document> events, GlobalSequence sequence, int window) {
        this.events = events;
        this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
        this.sequence = sequence;
        this.window = window;
    }

    TrackingToken head() {
        long head = sequence.current();
        return head == 0 ? null : GapAwareTrackingToken.newInstance(head, Collections.emptySet());
    }

    /**
     * A token positioned just before the first event (in global order) stamped at or after {@code instant}, as
     * Axon's contract asks. A binary search over the global sequence finds the first commit recorded at or after
     * {@code instant} (commits are recorded in roughly the order their numbers were reserved); every event stamped
     * at or after {@code instant} is recorded at or after it too, so the first such event is at or after that
     * commit, and the commits from there are read until one holds it. That forward read is short unless many events
     * carry a timestamp older than their recording (events made elsewhere and appended later).
     */
    TrackingToken at(Instant instant) {
        long head = sequence.current();
        Document found = firstRecordedAtOrAfter(instant, head);
        if (found == null) {
            return head();
        }
        long stamped = firstStampedFrom(longValue(found.get(ID)), head, instant);
        return stamped < 0 ? head() : GapAwareTrackingToken.newInstance(stamped - 1, Collections.emptySet());
    }

    /**
     * The global sequence just before the first commit recorded at or after {@code instant}, or the head when there
     * is none: where a reader by recording time (the audit event log) starts. Unlike {@link #at(Instant)} this
     * goes by the commits' recording time, not the events' own timestamps, which are a little older.
     */
    long beforeRecordedAt(Instant instant) {
        long head = sequence.current();
        Document found = firstRecordedAtOrAfter(instant, head);
        return found == null ? head : longValue(found.get(ID)) - 1;
    }

    /** Binary search over the global sequence for the first commit recorded at or after {@code instant}. */
    private Document firstRecordedAtOrAfter(Instant instant, long head) {
        long low = 1;
        long high = head + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Document commit = firstCommitFrom(middle, head);
            if (commit == null || !commit.getDate(RECORDED_AT).toInstant().isBefore(instant)) {
                high = middle;
            } else {
                low = longValue(commit.get(LAST)) + 1;
            }
        }
        return firstCommitFrom(low, head);
    }

    /** The global sequence of the first event from {@code position} on stamped at or after {@code instant}, or -1. */
    private long firstStampedFrom(long position, long head, Instant instant) {
        for (long from = position; from <= head; from += window) {
            List<Long> ids = new ArrayList<>(window);
            TrackedEventReader.addRange(ids, from, (int) Math.min(window, head - from + 1));
            TreeMap<Long, CommitReader.StoredCommit> commits = new TreeMap<>();
            for (RawBsonDocument raw : rawEvents.find(in(ID, ids)).batchSize(ids.size())) {
                CommitReader.StoredCommit commit = CommitReader.commit(raw);
                commits.put(commit.first(), commit);
            }
            for (CommitReader.StoredCommit commit : commits.values()) {
                for (StoredEvent event : commit.events()) {
                    if (!event.getTimestamp().isBefore(instant)) {
                        return event.globalSequence();
                    }
                }
            }
        }
        return -1;
    }

    private Document firstCommitFrom(long position, long head) {
        for (long from = position; from <= head; from += window) {
            List<Long> ids = new ArrayList<>(window);
            TrackedEventReader.addRange(ids, from, (int) Math.min(window, head - from + 1));
            Document first = null;
            for (Document commit : events.find(in(ID, ids)).projection(Projections.include(LAST, RECORDED_AT))) {
                if (first == null || longValue(commit.get(ID)) < longValue(first.get(ID))) {
                    first = commit;
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }
}
