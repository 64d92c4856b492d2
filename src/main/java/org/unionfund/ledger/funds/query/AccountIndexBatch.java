package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.BatchStore;
import org.unionfund.ledger.platform.projection.CounterBatch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The batch's new entries of {@code account_index} (an {@code $addToSet} each, sent in one bulk in the order they
 * were added, so the lists keep first-booked order). Entries already written are remembered (bounded) and not sent
 * again: trips charge the same few accounts over and over.
 */
final class AccountIndexBatch implements BatchStore {

    private static final int KNOWN_LIMIT = 200_000;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Set<String> known = new HashSet<>();
    private final Map<String, WriteModel<Document>> pending = new LinkedHashMap<>();

    AccountIndexBatch(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Adds {@code value} to the set {@code field} of index document {@code id}. */
    void add(String id, String field, Object value) {
        String entry = id + "|" + value;
        if (!known.contains(entry) && !pending.containsKey(entry)) {
            pending.put(entry, new UpdateOneModel<>(eq("_id", id), Updates.addToSet(field, value), UPSERT));
        }
    }

    @Override
    public int flush() {
        CounterBatch.write(collection, new ArrayList<>(pending.values()));
        if (known.size() + pending.size() > KNOWN_LIMIT) {
            known.clear();
        }
        known.addAll(pending.keySet());
        int written = pending.size();
        pending.clear();
        return written;
    }

    @Override
    public void discard() {
        pending.clear();
        known.clear();
    }
}
