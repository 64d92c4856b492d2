package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.RECORDED_AT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.longValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.unionfund.ledger.platform.eventstore.CommitReader.StoredCommit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/**
 * Reads the global stream in token order using key look-ups only: the next window of global sequence numbers, the
 * token's gaps, and (when resuming inside a commit) the commit that holds the token's index.
 */
final class TrackedEventReader {

    /**
     * How often a fetch that found nothing doubles its window, to look past numbers that were reserved but never
     * written (a crashed writer) or voided. Six doublings reach 64 windows.
     */
    private static final int MAX_WIDENINGS = 6;
    /** How far back (in windows) a token index is looked up to find the commit it lies in. */
    private static final int MAX_BACKWARD_WINDOWS = 64;

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final GlobalSequence sequence;
    private final CommitEnds ends;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;

    TrackedEventReader(MongoCollection<Document> events, GlobalSequence sequence, CommitEnds ends,
                       int maxGapOffset, Duration gapTimeout, Clock clock) {
        this.events = events;
        this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
        this.sequence = sequence;
        this.ends = ends;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    List<StoredEvent> fetch(GapAwareTrackingToken lastToken, int window) {
        Instant threshold = clock.instant().minus(gapTimeout);
        GapAwareTrackingToken token = lastToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySet())
                : withExpiredGapsRemoved(lastToken, threshold);
        long index = token.getIndex();

        // Everything delivered must come from one query over the gaps and all numbers up to the furthest commit
        // returned: a commit that another one depends on was stored before the later one reserved its numbers, so
        // a single query that sees the later one sees the earlier one too (and delivers it first).
        TreeMap<Long, StoredCommit> commits = new TreeMap<>();
        // Each id is a key look-up, so a reader at the head asks for the numbers handed out so far, not a window.
        long head = sequence.current();
        long span = Math.max(1, Math.min(window, head - index));
        for (int widening = 0; ; widening++) {
            commits.clear();
            List<Long> ids = new ArrayList<>(token.getGaps().size() + (int) span);
            ids.addAll(token.getGaps());
            addRange(ids, index + 1, (int) span);
            if (collect(commits, ids, index) || widening == MAX_WIDENINGS) {
                break;
            }
            if (index + span >= head) {
                break;
            }
            span *= 2;
        }
        if (!commits.containsKey(index + 1) && index > 0 && !ends.isEnd(index)) {
            StoredCommit open = commitContaining(index, window);
            if (open != null) {
                commits.put(open.first(), open);
            }
        }
        return toEvents(token, commits.values(), threshold);
    }

    /** Adds the commits with the given ids; tells whether any of them has events after {@code index}. */
    private boolean collect(Map<Long, StoredCommit> commits, List<Long> ids, long index) {
        boolean progress = false;
        for (RawBsonDocument raw : rawEvents.find(in(ID, ids)).batchSize(ids.size())) {
            StoredCommit commit = CommitReader.commit(raw);
            commits.put(commit.first(), commit);
            progress |= commit.first() > index && !commit.events().isEmpty();
        }
        return progress;
    }

    private List<StoredEvent> toEvents(GapAwareTrackingToken start, Collection<StoredCommit> commits,
                                       Instant threshold) {
        List<StoredEvent> result = new ArrayList<>();
        GapAwareTrackingToken token = start;
        for (StoredCommit commit : commits) {
            ends.record(commit.last());
            boolean expired = commit.recordedAt().isBefore(threshold);
            if (commit.events().isEmpty()) {
                for (long position = commit.first(); position <= commit.last(); position++) {
                    token = advance(token, position, expired);
                }
                continue;
            }
            // Each event advances the token by exactly one index, so interior indices never become gaps.
            for (StoredEvent event : commit.events()) {
                GapAwareTrackingToken next = advance(token, event.globalSequence(), expired);
                if (next != token) {
                    token = next;
                    result.add(event.tracked(token));
                }
            }
        }
        return result;
    }

    private GapAwareTrackingToken advance(GapAwareTrackingToken token, long position, boolean expired) {
        if (!token.hasGaps() && position == token.getIndex() + 1) {
            return GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        }
        if (position <= token.getIndex() && !token.getGaps().contains(position)) {
            return token;
        }
        GapAwareTrackingToken next = token.advanceTo(position, maxGapOffset);
        return expired ? next.withGapsTruncatedAt(position) : next;
    }

    /**
     * The commit that holds {@code index} and continues past it, or {@code null}. Needed when a token was stored
     * after some but not all events of a commit had been handled.
     */
    private StoredCommit commitContaining(long index, int window) {
        for (int step = 0; step < MAX_BACKWARD_WINDOWS; step++) {
            long high = index - (long) step * window;
            if (high < 1) {
                return null;
            }
            long low = Math.max(1, high - window + 1);
            List<Long> ids = new ArrayList<>((int) (high - low + 1));
            addRange(ids, low, (int) (high - low + 1));
            Document nearest = null;
            for (Document found : events.find(in(ID, ids)).projection(Projections.include(LAST))) {
                if (nearest == null || longValue(found.get(ID)) > longValue(nearest.get(ID))) {
                    nearest = found;
                }
            }
            if (nearest != null) {
                long last = longValue(nearest.get(LAST));
                ends.record(last);
                if (last <= index) {
                    return null;
                }
                RawBsonDocument open = rawEvents.find(eq(ID, nearest.get(ID))).first();
                return open == null ? null : CommitReader.commit(open);
            }
        }
        return null;
    }

    /**
     * Drops the gaps whose following commit was recorded longer than the gap timeout ago: a writer that reserved
     * those numbers has had that long to store them.
     */
    private GapAwareTrackingToken withExpiredGapsRemoved(GapAwareTrackingToken token, Instant threshold) {
        if (!token.hasGaps()) {
            return token;
        }
        List<Long> following = new ArrayList<>();
        for (long gap : token.getGaps()) {
            if (!token.getGaps().contains(gap + 1)) {
                following.add(gap + 1);
            }
        }
        Map<Long, Date> recorded = new HashMap<>();
        for (Document found : events.find(in(ID, following)).projection(Projections.include(RECORDED_AT))) {
            recorded.put(longValue(found.get(ID)), found.getDate(RECORDED_AT));
        }
        GapAwareTrackingToken cleaned = token;
        for (long next : following) {
            Date at = recorded.get(next);
            if (at == null || !at.toInstant().isBefore(threshold)) {
                break;
            }
            cleaned = cleaned.withGapsTruncatedAt(next);
        }
        return cleaned;
    }

    static void addRange(List<Long> target, long from, int count) {
        for (long position = from; position < from + count; position++) {
            target.add(position);
        }
    }
}
