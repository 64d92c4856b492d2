package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.HashSet;
import java.util.Set;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.BatchStore;
import org.unionfund.ledger.platform.projection.QueuedWrites;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The batch's new entries of {@code account_index} (an {@code $addToSet} each, sent in one bulk in the order they
 * were added, so the lists keep first-booked order). Entries already written are remembered (bounded) and not sent
 * again: trips charge the same few accounts over and over.
 */
final class AccountIndexBatch implements BatchStore {

    private static final int KNOWN_LIMIT = 200_000;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final QueuedWrites writes;
    private final Set<String> known = new HashSet<>();
    private final Set<String> added = new HashSet<>();

    AccountIndexBatch(MongoCollection<Document> collection) {
        this.writes = new QueuedWrites(collection);
    }

    /** Adds {@code value} to the set {@code field} of index document {@code id}. */
    void add(String id, String field, Object value) {
        String entry = id + "|" + value;
        if (!known.contains(entry) && added.add(entry)) {
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.addToSet(field, value), UPSERT));
        }
    }

    @Override
    public int flush() {
        int written = writes.flush();
        if (known.size() + added.size() > KNOWN_LIMIT) {
            known.clear();
        }
        known.addAll(added);
        added.clear();
        return written;
    }

    @Override
    public void discard() {
        writes.discard();
        added.clear();
        known.clear();
    }
}
