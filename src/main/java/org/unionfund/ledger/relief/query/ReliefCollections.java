package org.unionfund.ledger.relief.query;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** The collections of the relief figures: {@link ReliefProjection} writes them, {@link ReliefReadModel} reads them. */
record ReliefCollections(MongoCollection<Document> campaigns, MongoCollection<Document> payments) {

    ReliefCollections(MongoDatabase database) {
        this(database.getCollection("relief_campaigns"), database.getCollection("relief_payments"));
    }
}
