package org.unionfund.ledger.platform.store.h2;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.MongoCollection;

/**
 * mongo-java-server's H2 backend with compact data types for its maps: documents as BSON ({@link StoreValueType})
 * and index keys ordered by value ({@link IndexKeyType}) instead of a Java serialisation per value. H2Database and
 * its collections open their maps by name with H2's default types; opening a map here first, with ours, makes
 * their {@code openMap(name)} return that same open map. Map names and everything else stay the library's.
 */
public final class CompactH2Backend extends H2Backend {

    private static final String DATA_PREFIX = "databases.";
    private static final String INDEX_INFIX = "._index_";

    public CompactH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Inner, not static: H2Database's constructor already opens the existing collections and indexes through
     * these overrides, before a field of a subclass could be set, and the enclosing backend holds the store.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(DATA_PREFIX + getFullCollectionNamespace(collectionName),
                    new MVMap.Builder<Object, Object>().keyType(new StoreValueType()).valueType(new StoreValueType()));
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVMap<Object, Object> index = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName,
                    new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()).valueType(new StoreValueType()));
            IndexKeyType.settle(index);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
