package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * Documents that one event creates and nothing changes afterwards (a body's place in the tree, a posting's kind, a
 * programme's settings). Writing one again writes the same content, so they need no marker; they are cached in
 * memory (up to {@code cacheLimit}, least recently used out), which is always correct because they never change.
 */
public final class WriteOnceStore<T> implements BatchStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final StateStore.Codec<T> codec;
    private final Map<String, T> cache;
    private final Map<String, T> pending = new LinkedHashMap<>();
    /** Ids looked up in vain since the last flush (not remembered longer: another writer may create them). */
    private final java.util.Set<String> absent = new java.util.HashSet<>();

    public WriteOnceStore(MongoCollection<Document> collection, StateStore.Codec<T> codec, int cacheLimit) {
        this.collection = collection;
        this.codec = codec;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > cacheLimit;
            }
        };
    }

    /** Loads the given ids that are not cached (one round trip per 500). */
    public void load(Collection<String> ids) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!cache.containsKey(id) && !pending.containsKey(id) && !absent.contains(id)) {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += CounterBatch.READ_CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CounterBatch.READ_CHUNK));
            absent.addAll(chunk);
            for (Document found : collection.find(in("_id", chunk)).batchSize(chunk.size())) {
                String id = String.valueOf(found.get("_id"));
                cache.put(id, codec.decode(found));
                absent.remove(id);
            }
        }
    }

    @Override
    public void load(BatchKeys keys) {
        load(keys.of(this));
    }

    /** The value (cached, created in this batch, or loaded alone); null when unknown. */
    public T get(String id) {
        T value = pending.get(id);
        if (value != null) {
            return value;
        }
        value = cache.get(id);
        if (value == null && !absent.contains(id)) {
            load(List.of(id));
            value = cache.get(id);
        }
        return value;
    }

    public void put(String id, T value) {
        pending.put(id, value);
        cache.put(id, value);
        absent.remove(id);
    }

    @Override
    public int flush() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        pending.forEach((id, value) -> writes.add(new ReplaceOneModel<>(eq("_id", id), codec.document(id, value),
                UPSERT)));
        pending.clear();
        absent.clear();
        CounterBatch.write(collection, writes);
        return writes.size();
    }

    /** Drops what the current batch created (it may not have been stored) and the cache. */
    @Override
    public void discard() {
        pending.clear();
        cache.clear();
        absent.clear();
    }
}
