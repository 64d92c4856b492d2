package org.unionfund.ledger.platform.projection;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/** Small collection helpers. */
public final class MongoCollections {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private MongoCollections() {
    }

    /** Replaces the document {@code id} with {@code document} (inserting it if missing): redelivery writes the same. */
    public static void replace(MongoCollection<Document> collection, String id, Document document) {
        collection.replaceOne(Filters.eq("_id", id), document.append("_id", id), UPSERT);
    }

    /**
     * Empties every collection a read model's record of collections holds (before a replay), in component order: one
     * record names a read model's collections for its projection and its queries, and nothing lists them again.
     */
    public static void clear(Record collections) {
        for (RecordComponent component : collections.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                if (accessor.invoke(collections) instanceof MongoCollection<?> collection) {
                    collection.deleteMany(new Document());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    /** Drops a collection if it exists (the embedded server logs an error for dropping a missing one). */
    public static void drop(MongoDatabase database, String name) {
        if (database.listCollectionNames().filter(new Document("name", name)).into(new ArrayList<>())
                .contains(name)) {
            database.getCollection(name).drop();
        }
    }
}
