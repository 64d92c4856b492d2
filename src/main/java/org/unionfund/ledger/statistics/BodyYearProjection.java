package org.unionfund.ledger.statistics;

import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CounterBatch;

import com.mongodb.client.MongoDatabase;

/**
 * A statistics projection counting per body and year ({@code own|<body>|<year>}, {@code sub|<region>|<year>},
 * {@link ScopeKeys#bodyAndYear}) over a body tree of its own. Its counters are its first store, so they are flushed
 * before the state they are derived from.
 */
public abstract class BodyYearProjection extends BatchProjection {

    protected final CounterBatch counters;

    protected BodyYearProjection(MongoDatabase database, String prefix, String name, Shadow shadow,
            String countersCollection) {
        super(database, prefix, name, shadow);
        this.counters = store(new CounterBatch(collection(countersCollection), ScopeKeys::bodyAndYear));
    }

    /**
     * The projection's body tree in collection {@code name}, fed by body registrations; the subclass registers it as
     * a store after the state its counters are derived from.
     */
    protected final BodyTree bodyTree(String name) {
        BodyTree bodies = new BodyTree(collection(name));
        routes().on(UnionBodyRegisteredEvent.class, (e, registered) -> bodies.register(registered));
        return bodies;
    }
}
