package org.unionfund.ledger.platform.projection;

import org.axonframework.eventhandling.ResetHandler;

/**
 * A plain (non-batch) projection that owns the collections of one record (see {@link MongoCollections#clear}), which
 * its queries read too: a replay empties them all first. The handlers keep them idempotent themselves.
 */
public abstract class CollectionsProjection<C extends Record> {

    protected final C collections;

    protected CollectionsProjection(C collections) {
        this.collections = collections;
    }

    @ResetHandler
    void reset() {
        MongoCollections.clear(collections);
    }
}
