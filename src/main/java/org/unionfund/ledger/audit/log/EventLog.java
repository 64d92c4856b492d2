package org.unionfund.ledger.audit.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.lineage.LineageQueries;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.EventStoreProperties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.unionfund.ledger.audit.format.Yuan;

/**
 * Pages through the event log in global order by walking {@code _id $in} windows from a cursor (a global
 * sequence number); an aggregate filter reads that aggregate's events through its {@code aggKeys} instead. One
 * request looks at no more than {@value #SCAN_WINDOWS} windows, so a sparse filter returns a short page with the
 * cursor where it stopped.
 */
@Service
public record EventLog(CommitLog log, BodyDirectory directory, LineageQueries lineage,
        EventStoreProperties eventStore) {

    static final int SCAN_WINDOWS = 64;
    static final int MAX_LIMIT = 1000;
    /** Commits are recorded in roughly the order of their numbers; this much later ends a recording-time walk. */
    private static final Duration RECORDING_SKEW = Duration.ofMinutes(5);
    private static final ObjectMapper MEMBERS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Decides per event; built once per request (it caches body look-ups). */
    public final class Matcher {
        private final EventFilter filter;
        private final BodyScope scope;

        Matcher(EventFilter filter) {
            this.filter = filter;
            this.scope = filter.body() == null ? null : new BodyScope(filter.body(), directory, lineage);
        }

        public boolean matches(CommitRecord commit, EventRecord event) {
            if (!filter.recordedMatches(commit.recordedAt()) || !filter.typeMatches(event.type())) {
                return false;
            }
            if (filter.aggregate() != null && !filter.aggregate().equals(event.aggregateId())) {
                return false;
            }
            if (scope == null && filter.principal() == null) {
                return true;
            }
            JsonNode members = members(event);
            return (filter.principal() == null
                    || filter.principal().equals(members.path("metadata").path("principal").asText(null)))
                    && (scope == null || scope.matches(members));
        }
    }

    public Matcher matcher(EventFilter filter) {
        return new Matcher(filter);
    }

    public EventLogPage page(EventFilter filter, long after, int limit) {
        int wanted = Math.max(1, Math.min(limit, MAX_LIMIT));
        long head = log.head();
        Matcher matcher = matcher(filter);
        if (filter.aggregate() != null) {
            return aggregatePage(filter.aggregate(), matcher, after, wanted, head);
        }
        long start = after;
        if (filter.recordedFrom() != null) {
            start = Math.max(start, log.positionBefore(filter.recordedFrom()));
        }
        List<EventLogEntry> entries = new ArrayList<>();
        long cursor = start;
        long window = start + 1;
        CommitRecord open = start > 0 ? log.commitContaining(start + 1) : null;
        if (open != null && open.first() <= start) {
            cursor = take(open, matcher, start, wanted, entries);
            window = open.lastOrFirst() + 1;
        }
        // Everything up to the cursor has been seen: the walk never moves past numbers no commit holds unless the
        // commit after them was recorded longer than the gap timeout ago (the tracking processors' rule), so a
        // commit still being written is never skipped.
        long expected = window;
        Instant settled = Instant.now().minus(eventStore.gapTimeout());
        Instant stopAfter = filter.recordedTo() == null ? null : filter.recordedTo().plus(RECORDING_SKEW);
        boolean ended = false;
        boolean blocked = false;
        for (int scanned = 0; entries.size() < wanted && window <= head && scanned < SCAN_WINDOWS && !ended
                && !blocked; scanned++) {
            for (CommitRecord commit : log.read(window, CommitLog.WINDOW)) {
                if (commit.first() < expected) {
                    continue;
                }
                if (commit.first() > expected && (commit.recordedAt() == null
                        || !commit.recordedAt().isBefore(settled))) {
                    blocked = true;
                    break;
                }
                if (stopAfter != null && commit.recordedAt() != null && commit.recordedAt().isAfter(stopAfter)) {
                    ended = true;
                    break;
                }
                cursor = take(commit, matcher, Math.max(cursor, commit.first() - 1), wanted, entries);
                if (entries.size() >= wanted) {
                    break;
                }
                expected = commit.lastOrFirst() + 1;
            }
            window = Math.max(window + CommitLog.WINDOW, expected);
        }
        boolean more = !ended && cursor < head;
        return new EventLogPage(entries, cursor, more, head);
    }

    /** Adds the commit's matching events after {@code after}; returns the new cursor. */
    private long take(CommitRecord commit, Matcher matcher, long after, int wanted, List<EventLogEntry> entries) {
        long cursor = after;
        for (EventRecord event : commit.events()) {
            long gseq = commit.first() + event.index();
            if (gseq <= after) {
                continue;
            }
            if (entries.size() >= wanted) {
                return cursor;
            }
            if (matcher.matches(commit, event)) {
                entries.add(entry(commit, event));
            }
            cursor = gseq;
        }
        return Math.max(cursor, commit.lastOrFirst());
    }

    private EventLogPage aggregatePage(String aggregate, Matcher matcher, long after, int wanted, long head) {
        List<EventLogEntry> entries = new ArrayList<>();
        long seq = firstSeqAfter(aggregate, after);
        long cursor = after;
        while (true) {
            int found = 0;
            for (CommitRecord commit : log.commitsOf(aggregate, seq, 64)) {
                for (EventRecord event : commit.events()) {
                    if (!aggregate.equals(event.aggregateId()) || event.seq() == null || event.seq() < seq
                            || event.seq() >= seq + 64) {
                        continue;
                    }
                    found++;
                    long gseq = commit.first() + event.index();
                    if (gseq <= after) {
                        continue;
                    }
                    if (entries.size() >= wanted) {
                        return new EventLogPage(entries, cursor, true, head);
                    }
                    if (matcher.matches(commit, event)) {
                        entries.add(entry(commit, event));
                    }
                    cursor = gseq;
                }
            }
            if (found < 64) {
                return new EventLogPage(entries, cursor, false, head);
            }
            seq += 64;
        }
    }

    /** The lowest sequence number of the aggregate whose event lies after global sequence {@code after}. */
    private long firstSeqAfter(String aggregate, long after) {
        if (after <= 0) {
            return 0;
        }
        long low = 0;
        long high = 1;
        while (true) {
            Long gseq = gseqOf(aggregate, high);
            if (gseq == null || gseq > after) {
                break;
            }
            low = high;
            high *= 2;
        }
        // gseqOf(low) <= after (or low == 0), gseqOf(high) > after or missing: find the first such seq.
        while (low < high) {
            long middle = low + (high - low) / 2;
            Long gseq = gseqOf(aggregate, middle);
            if (gseq == null || gseq > after) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private Long gseqOf(String aggregate, long seq) {
        CommitRecord commit = log.commitOf(aggregate, seq);
        return commit == null ? null
                : commit.eventOf(aggregate, seq).map(event -> commit.first() + event.index()).orElse(null);
    }

    EventLogEntry entry(CommitRecord commit, EventRecord event) {
        JsonNode members = members(event);
        JsonNode metadata = members.path("metadata");
        String type = EventTypes.shortName(event.type());
        JsonNode payload = members.has("payload") ? members.get("payload") : members.get("payloadText");
        return new EventLogEntry(commit.first() + event.index(), commit.first(),
                commit.recordedAt() == null ? null : ChainHash.recordedAt(commit.recordedAt()), type, event.type(),
                event.revision(), event.aggregateType(), event.aggregateId(), event.seq(), event.timestamp(),
                text(metadata, "principal"), text(metadata, "role"), text(metadata, "body"),
                text(metadata, "correlationId"), text(metadata, "causationId"), Yuan.render(payload),
                event.storedHash(), null, null);
    }

    static JsonNode members(EventRecord event) {
        try {
            return MEMBERS.readTree(event.membersJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event at " + event.gseq() + " does not render as JSON", e);
        }
    }

    private static String text(JsonNode metadata, String name) {
        JsonNode value = metadata.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
