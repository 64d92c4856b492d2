package org.unionfund.ledger.platform.projection;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * A plain (non-batch) projection that owns one collection: a replay empties it first. The handlers keep it
 * idempotent themselves (replaced documents, sets, sequence numbers).
 */
public abstract class SingleCollectionProjection {

    protected final MongoCollection<Document> collection;

    protected SingleCollectionProjection(MongoDatabase database, String collectionName) {
        this.collection = database.getCollection(collectionName);
    }

    /**
     * Reads document {@code id} ({@code fresh} when there is none yet), lets {@code change} set what an event says and
     * writes it back whole, so a redelivered event writes the same content.
     */
    protected final void rewrite(String id, Supplier<Document> fresh, Consumer<Document> change) {
        Document document = collection.find(Filters.eq("_id", id)).first();
        if (document == null) {
            document = fresh.get();
        }
        change.accept(document);
        MongoCollections.replace(collection, id, document);
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }
}
