package org.unionfund.ledger.platform.projection;

import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * A plain (non-batch) projection that owns one collection: a replay empties it first. The handlers keep it
 * idempotent themselves (replaced documents, sets, sequence numbers).
 */
public abstract class SingleCollectionProjection {

    protected final MongoCollection<Document> collection;

    protected SingleCollectionProjection(MongoDatabase database, String collectionName) {
        this.collection = database.getCollection(collectionName);
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }
}
