package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * State documents a projection reads while it applies a batch (a trip's attendance, a worker's records of a year),
 * each with its {@link Marker}. Documents are loaded with {@code _id $in} for the whole batch, changed in memory
 * event by event (a change is applied only if the marker accepts the event), and written back with one
 * {@code bulkWrite} by {@link #flush()}.
 */
public final class StateStore<T> implements BatchStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** Converts a state value to and from its stored document (without {@code _id} and marker fields). */
    public interface Codec<T> {
        T decode(Document document);

        Document encode(T value);

        /** The document stored for {@code value} under {@code id}. */
        default Document document(String id, T value) {
            Document document = new Document("_id", id);
            document.putAll(encode(value));
            return document;
        }
    }

    /** One document of the batch: its value, marker and whether it must be written. */
    public static final class Entry<T> {
        private final String id;
        private T value;
        private final Marker marker;
        private final boolean created;
        private boolean dirty;

        Entry(String id, T value, Marker marker, boolean created) {
            this.id = id;
            this.value = value;
            this.marker = marker;
            this.created = created;
        }

        public String id() {
            return id;
        }

        public T value() {
            return value;
        }

        public boolean accepts(EventPosition position) {
            return marker.accepts(position);
        }

        /** Applies {@code change} unless the event was applied already; tells whether it was applied now. */
        public boolean apply(EventPosition position, Consumer<T> change) {
            if (!marker.accepts(position)) {
                return false;
            }
            change.accept(value);
            marker.advance(position);
            dirty = true;
            return true;
        }

        /** Replaces the value by the state after {@code position} (the caller checked {@link #accepts}). */
        public void replace(EventPosition position, T newValue) {
            value = newValue;
            marker.advance(position);
            dirty = true;
        }
    }

    private final MongoCollection<Document> collection;
    private final Codec<T> codec;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();
    private final Set<String> absent = new HashSet<>();

    public StateStore(MongoCollection<Document> collection, Codec<T> codec) {
        this.collection = collection;
        this.codec = codec;
    }

    /** Loads the given documents that this batch has not loaded or created yet (one round trip per 500). */
    public void load(Collection<String> ids) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!entries.containsKey(id) && !absent.contains(id)) {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += CounterBatch.READ_CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CounterBatch.READ_CHUNK));
            Set<String> notFound = new HashSet<>(chunk);
            for (Document found : collection.find(in("_id", chunk)).batchSize(chunk.size())) {
                String id = String.valueOf(found.get("_id"));
                entries.put(id, new Entry<>(id, codec.decode(found), Marker.of(found), false));
                notFound.remove(id);
            }
            absent.addAll(notFound);
        }
    }

    @Override
    public void load(BatchKeys keys) {
        load(keys.of(this));
    }

    /** Declares documents known not to exist (saves their look-up). */
    public void knownAbsent(Collection<String> ids) {
        for (String id : ids) {
            if (!entries.containsKey(id)) {
                absent.add(id);
            }
        }
    }

    /** The document if this batch loaded or created it, else null. */
    public Entry<T> get(String id) {
        return entries.get(id);
    }

    /** The document, loading it alone if the batch has not loaded it yet; null if it does not exist. */
    public Entry<T> find(String id) {
        if (!entries.containsKey(id) && !absent.contains(id)) {
            load(List.of(id));
        }
        return entries.get(id);
    }

    /** A document that does not exist yet (the caller applies its first event with {@link Entry#apply}). */
    public Entry<T> create(String id, T value) {
        Entry<T> entry = new Entry<>(id, value, Marker.empty(), true);
        entries.put(id, entry);
        absent.remove(id);
        return entry;
    }

    public Collection<Entry<T>> entries() {
        return entries.values();
    }

    /**
     * Writes the changed documents and forgets the batch; returns how many were written. A document this batch
     * created (it did not exist when looked up, or was known not to exist) is inserted: should it exist after all
     * (another writer), the insert fails with a duplicate key and the batch is retried from a fresh look-up.
     */
    @Override
    public int flush() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Entry<T> entry : entries.values()) {
            if (entry.dirty) {
                Document document = codec.document(entry.id, entry.value);
                entry.marker.writeTo(document);
                writes.add(entry.created ? new InsertOneModel<>(document)
                        : new ReplaceOneModel<>(eq("_id", entry.id), document, UPSERT));
            }
        }
        discard();
        CounterBatch.write(collection, writes);
        return writes.size();
    }

    @Override
    public void discard() {
        entries.clear();
        absent.clear();
    }
}
