package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;

/**
 * Writes a batch queues in order (each idempotent on its own, e.g. upserts and {@code $addToSet}s), sent as ordered
 * bulks when the batch is flushed.
 */
public final class QueuedWrites implements BatchStore {

    private final MongoCollection<Document> collection;
    private final List<WriteModel<Document>> pending = new ArrayList<>();

    public QueuedWrites(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void add(WriteModel<Document> write) {
        pending.add(write);
    }

    @Override
    public int flush() {
        CounterBatch.write(collection, pending);
        int written = pending.size();
        pending.clear();
        return written;
    }

    @Override
    public void discard() {
        pending.clear();
    }
}
