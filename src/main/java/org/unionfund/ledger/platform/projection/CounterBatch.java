package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The changes one batch makes to the {@link CounterDoc}s of one collection: increments and attribute settings,
 * grouped per document and per event. {@link #flush()} loads every touched document with {@code _id $in} (one round
 * trip per 500 documents), applies each event's group unless the document's {@link Marker} says it was applied
 * already, and writes the changed documents back with one ordered {@code bulkWrite}.
 */
public final class CounterBatch implements BatchStore {

    /** Documents per bulkWrite. */
    static final int CHUNK = 500;
    /**
     * Ids per {@code _id $in} look-up: the embedded server checks every returned document against the whole list,
     * so the cost grows with ids²; 100 per query is several times faster than 500 in one.
     */
    static final int READ_CHUNK = 100;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Consumer<CounterDoc> initializer;
    private final Map<String, TreeMap<Integer, Group>> pending = new LinkedHashMap<>();
    private String lastDoc;
    private int lastOrdinal;
    private Group lastGroup;

    /** {@code initializer} fills in the attributes of a document created by this batch (from its id). */
    public CounterBatch(MongoCollection<Document> collection, Consumer<CounterDoc> initializer) {
        this.collection = collection;
        this.initializer = initializer;
    }

    private static final class Group {
        final EventPosition position;
        final Map<String, Map<String, long[]>> increments = new HashMap<>();
        Map<String, Object> settings;

        Group(EventPosition position) {
            this.position = position;
        }
    }

    private Group group(PositionedEvent event, String doc) {
        // Projections change one document of one event many times in a row (every section of a cell).
        if (event.ordinal() == lastOrdinal && doc.equals(lastDoc)) {
            return lastGroup;
        }
        lastGroup = pending.computeIfAbsent(doc, k -> new TreeMap<>())
                .computeIfAbsent(event.ordinal(), k -> new Group(event.position()));
        lastDoc = doc;
        lastOrdinal = event.ordinal();
        return lastGroup;
    }

    public void inc(PositionedEvent event, String doc, String section, String counter, long delta) {
        if (delta == 0) {
            group(event, doc);
            return;
        }
        group(event, doc).increments.computeIfAbsent(section, k -> new HashMap<>())
                .computeIfAbsent(counter, k -> new long[1])[0] += delta;
    }

    /** Adds {@code deltas[i]} to {@code counters[i]} of one section: one look-up for several counters of a cell. */
    public void inc(PositionedEvent event, String doc, String section, String[] counters, long[] deltas) {
        Group group = group(event, doc);
        Map<String, long[]> values = null;
        for (int i = 0; i < counters.length; i++) {
            if (deltas[i] != 0) {
                if (values == null) {
                    values = group.increments.computeIfAbsent(section, k -> new HashMap<>());
                }
                values.computeIfAbsent(counters[i], k -> new long[1])[0] += deltas[i];
            }
        }
    }

    public void set(PositionedEvent event, String doc, String attr, Object value) {
        Group group = group(event, doc);
        if (group.settings == null) {
            group.settings = new LinkedHashMap<>();
        }
        group.settings.put(attr, value);
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Applies everything to the stored documents; returns how many documents were written. */
    @Override
    public int flush() {
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, CounterDoc> docs = new HashMap<>();
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
            for (Document found : collection.find(in("_id", chunk)).batchSize(chunk.size())) {
                CounterDoc doc = CounterDoc.of(found);
                docs.put(doc.id(), doc);
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Group>> entry : pending.entrySet()) {
            CounterDoc stored = docs.get(entry.getKey());
            boolean created = stored == null;
            if (created) {
                stored = CounterDoc.empty(entry.getKey());
                initializer.accept(stored);
            }
            CounterDoc doc = stored;
            boolean changed = false;
            for (Group group : entry.getValue().values()) {
                if (!doc.marker().accepts(group.position)) {
                    continue;
                }
                group.increments.forEach((section, counters) -> counters.forEach(
                        (counter, delta) -> doc.inc(section, counter, delta[0])));
                if (group.settings != null) {
                    group.settings.forEach(doc::set);
                }
                doc.marker().advance(group.position);
                changed = true;
            }
            if (changed) {
                writes.add(created ? new InsertOneModel<>(doc.toDocument())
                        : new ReplaceOneModel<>(eq("_id", doc.id()), doc.toDocument(), UPSERT));
            }
        }
        forget();
        write(collection, writes);
        return writes.size();
    }

    @Override
    public void discard() {
        forget();
    }

    private void forget() {
        pending.clear();
        lastDoc = null;
        lastGroup = null;
    }

    /** Writes in ordered bulks of {@link #CHUNK}; returns how many documents the updates and replaces matched. */
    public static long write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        long matched = 0;
        for (int from = 0; from < writes.size(); from += CHUNK) {
            matched += collection.bulkWrite(writes.subList(from, Math.min(writes.size(), from + CHUNK)),
                    new BulkWriteOptions().ordered(true)).getMatchedCount();
        }
        return matched;
    }
}
