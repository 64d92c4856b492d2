package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGG_KEYS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/**
 * Reads one aggregate's events through the unique {@code aggKeys} index: windows of {@code "id/seq"} keys, moving on
 * while a window is fully present. Aggregate sequence numbers are contiguous, so the first missing one ends the
 * stream.
 */
final class AggregateStreamReader {

    /** Most aggregates (a worker's history, a trip) hold a handful of events; a long stream widens fast. */
    private static final int FIRST_WINDOW = 8;
    private static final int WIDENING = 4;
    /** The embedded server matches each returned document against the whole key list, so lists stay short. */
    private static final int MAX_WINDOW = 256;
    private static final Logger LOG = LoggerFactory.getLogger(AggregateStreamReader.class);
    private static final Bson ONLY_ID = Projections.include(CommitCodec.ID);
    private static final Bson ONLY_KEYS = Projections.include(AGG_KEYS);

    private static final Bson KEYS_AND_HASHES = Projections.include(AGG_KEYS, CommitCodec.HASHES);

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final ChainHeads chainHeads;

    AggregateStreamReader(MongoCollection<Document> events, ChainHeads chainHeads) {
        this.events = events;
        this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
        this.chainHeads = chainHeads;
    }

    /** The stored hashes of the events with the given {@code "id/seq"} keys, by key (absent ones left out). */
    Map<String, String> hashesOf(List<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        Map<String, String> found = new HashMap<>();
        for (Document commit : events.find(in(AGG_KEYS, keys)).projection(KEYS_AND_HASHES)) {
            List<?> aggKeys = commit.get(AGG_KEYS, List.class);
            Object value = commit.get(CommitCodec.HASHES);
            // A binary of 32 bytes per event; commits written before the binary format hold hex strings.
            List<?> hashes = value instanceof Binary binary ? ChainHash.split(binary.getData())
                    : value instanceof List<?> list ? list : null;
            if (aggKeys == null || hashes == null) {
                continue;
            }
            if (aggKeys.size() == hashes.size()) {
                // Only aggregate events in the commit (the rule): aggKeys and hashes are parallel.
                for (int i = 0; i < aggKeys.size(); i++) {
                    if (wanted.contains(aggKeys.get(i)) && hashes.get(i) instanceof String hash
                            && ChainHash.isHash(hash)) {
                        found.put((String) aggKeys.get(i), hash);
                    }
                }
            } else {
                RawBsonDocument raw = rawEvents.find(eq(CommitCodec.ID, commit.get(CommitCodec.ID))).first();
                CommitReader.StoredCommit stored = raw == null ? null : CommitReader.commit(raw, true);
                for (int i = 0; stored != null && i < stored.events().size(); i++) {
                    StoredEvent event = stored.events().get(i);
                    String key = event.getAggregateIdentifier() == null ? null
                            : CommitCodec.aggKey(event.getAggregateIdentifier(), event.getSequenceNumber());
                    if (key != null && wanted.contains(key) && ChainHash.isHash(stored.hash(i))) {
                        found.put(key, stored.hash(i));
                    }
                }
            }
        }
        return found;
    }

    /** The contiguous events from {@code firstSequenceNumber}; at least {@code limit} unless the stream ends. */
    List<StoredEvent> read(String aggregateId, long firstSequenceNumber, int limit) {
        List<StoredEvent> result = new ArrayList<>();
        long next = firstSequenceNumber;
        int window = Math.min(FIRST_WINDOW, limit);
        Set<Long> decoded = new HashSet<>();
        while (result.size() < limit) {
            long windowEnd = next + window;
            Map<Long, StoredEvent> bySeq = new HashMap<>();
            Map<Long, String> hashBySeq = new HashMap<>();
            for (RawBsonDocument commit : rawEvents.find(in(AGG_KEYS, keys(aggregateId, next, window)))
                                                   .projection(ProjectedCommit.projection(aggregateId))) {
                // The embedded server returns a commit once per matching key: decode each once.
                long id = commit.get(CommitCodec.ID).asNumber().longValue();
                if (!decoded.add(id)) {
                    continue;
                }
                CommitReader.StoredCommit stored = ProjectedCommit.read(commit, aggregateId);
                if (stored == null) {
                    stored = whole(id, aggregateId);
                }
                List<StoredEvent> commitEvents = stored.events();
                for (int i = 0; i < commitEvents.size(); i++) {
                    StoredEvent event = commitEvents.get(i);
                    if (aggregateId.equals(event.getAggregateIdentifier())) {
                        bySeq.put(event.getSequenceNumber(), event);
                        hashBySeq.put(event.getSequenceNumber(), stored.hash(i));
                    }
                }
            }
            StoredEvent event;
            while ((event = bySeq.get(next)) != null) {
                result.add(event);
                next++;
            }
            if (next > firstSequenceNumber && ChainHash.isHash(hashBySeq.get(next - 1))) {
                // Carried from the load: the next append to this aggregate chains to it without a look-up.
                chainHeads.record(aggregateId, next - 1, hashBySeq.get(next - 1));
            }
            if (next < windowEnd) {
                break;
            }
            window = Math.min(window * WIDENING, MAX_WINDOW);
        }
        LOG.debug("read {} events of {} from {} in {} commits", result.size(), aggregateId, firstSequenceNumber,
                  decoded.size());
        return result;
    }

    /**
     * The whole streams of those aggregates that hold fewer than {@value #FIRST_WINDOW} events (empty ones
     * included), with one look-up; longer streams are left out (read them with {@link #read}).
     */
    Map<String, List<StoredEvent>> readShort(List<String> aggregateIds) {
        Map<String, Map<Long, StoredEvent>> bySeq = new HashMap<>();
        Map<String, Map<Long, String>> hashBySeq = new HashMap<>();
        List<String> keys = new ArrayList<>(aggregateIds.size() * FIRST_WINDOW);
        for (String id : aggregateIds) {
            bySeq.put(id, new HashMap<>());
            hashBySeq.put(id, new HashMap<>());
            keys.addAll(keys(id, 0, FIRST_WINDOW));
        }
        Set<Object> holding = new LinkedHashSet<>();
        if (!keys.isEmpty()) {
            // The embedded server returns a commit once per matching key (a trip's commit holds forty workers):
            // find which commits hold the keys, then read each of them once.
            for (Document commit : events.find(in(AGG_KEYS, keys)).projection(ONLY_ID)) {
                holding.add(commit.get(CommitCodec.ID));
            }
        }
        if (!holding.isEmpty()) {
            for (RawBsonDocument commit : rawEvents.find(in(CommitCodec.ID, holding))) {
                CommitReader.StoredCommit stored = CommitReader.commitOf(commit, bySeq::containsKey);
                for (int i = 0; i < stored.events().size(); i++) {
                    StoredEvent event = stored.events().get(i);
                    Map<Long, StoredEvent> events = bySeq.get(event.getAggregateIdentifier());
                    if (events != null) {
                        events.put(event.getSequenceNumber(), event);
                        hashBySeq.get(event.getAggregateIdentifier()).put(event.getSequenceNumber(), stored.hash(i));
                    }
                }
            }
        }
        Map<String, List<StoredEvent>> streams = new HashMap<>();
        for (String id : aggregateIds) {
            List<StoredEvent> stream = new ArrayList<>();
            StoredEvent event;
            while ((event = bySeq.get(id).get((long) stream.size())) != null) {
                stream.add(event);
            }
            if (stream.size() < FIRST_WINDOW && stream.size() == bySeq.get(id).size()) {
                streams.put(id, stream);
                String hash = stream.isEmpty() ? null : hashBySeq.get(id).get((long) stream.size() - 1);
                if (ChainHash.isHash(hash)) {
                    chainHeads.record(id, stream.size() - 1, hash);
                }
            }
        }
        return streams;
    }

    /** The events of the aggregate in the commit with the given id, read whole (none if it is gone). */
    private CommitReader.StoredCommit whole(long id, String aggregateId) {
        RawBsonDocument commit = rawEvents.find(eq(CommitCodec.ID, id)).first();
        return commit == null ? new CommitReader.StoredCommit(id, id, Instant.EPOCH, List.of(), List.of())
                : CommitReader.commitOf(commit, aggregateId::equals);
    }

    /** Whether the {@code "id/seq"} key names an event of the aggregate (whose id may itself hold a slash). */
    static boolean isKeyOf(String key, String aggregateId) {
        return key != null && key.length() > aggregateId.length() && key.startsWith(aggregateId)
                && key.charAt(aggregateId.length()) == '/' && key.indexOf('/', aggregateId.length() + 1) < 0;
    }

    /** The highest contiguous sequence number at or after {@code known + 1}, or {@code known} if none follows. */
    long lastSequenceNumber(String aggregateId, long known) {
        String prefix = aggregateId + '/';
        long next = known + 1;
        int window = FIRST_WINDOW;
        while (true) {
            long windowEnd = next + window;
            Set<Long> present = new HashSet<>();
            for (Document commit : events.find(in(AGG_KEYS, keys(aggregateId, next, window))).projection(ONLY_KEYS)) {
                for (Object key : commit.getList(AGG_KEYS, Object.class)) {
                    if (key instanceof String text && isKeyOf(text, aggregateId)) {
                        present.add(Long.parseLong(text.substring(prefix.length())));
                    }
                }
            }
            while (present.contains(next)) {
                next++;
            }
            if (next < windowEnd) {
                return next - 1;
            }
            window = Math.min(window * WIDENING, MAX_WINDOW);
        }
    }

    private static List<String> keys(String aggregateId, long from, int count) {
        List<String> keys = new ArrayList<>(count);
        for (long seq = from; seq < from + count; seq++) {
            keys.add(CommitCodec.aggKey(aggregateId, seq));
        }
        return keys;
    }
}
