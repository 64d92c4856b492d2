package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/** Small collection helpers. */
public final class MongoCollections {

    private MongoCollections() {
    }

    /** Drops a collection if it exists (the embedded server logs an error for dropping a missing one). */
    public static void drop(MongoDatabase database, String name) {
        if (database.listCollectionNames().filter(new Document("name", name)).into(new ArrayList<>())
                .contains(name)) {
            database.getCollection(name).drop();
        }
    }
}
