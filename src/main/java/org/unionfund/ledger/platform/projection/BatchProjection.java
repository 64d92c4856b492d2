package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * A projection that applies events a batch at a time: its Axon event handler only records the events its
 * {@link #routes} name into the processor's batch, and {@link ProjectionFlushInterceptor} hands the whole batch to {@link #process} after
 * the batch's last event and before the processor stores its token. The same code fills shadow collections in a
 * rebuild ({@link #shadow}) and is driven directly by tests.
 * <p>
 * Every document carries a {@link Marker}; a batch writes its documents in reverse dependency order (counters
 * first, then the state they were derived from), so a crash at any point followed by a redelivery of the batch
 * recomputes exactly the changes that were not stored yet.
 */
public abstract class BatchProjection {

    /** The processing group of the statistics projections: one tracking processor, one read of the log. */
    public static final String STATISTICS_GROUP = "statistics";

    private final MongoDatabase database;
    private final String prefix;
    private final String name;
    private final Shadow shadow;
    private final List<String> collectionNames = new ArrayList<>();
    private final EventRoutes routes = new EventRoutes();
    private final List<BatchStore> stores = new ArrayList<>();

    /**
     * A projection called {@code name} writing to {@code database}; it owns the collections it opens with
     * {@link #collection} in its constructor, and {@code shadow} makes its instances for other collections.
     */
    protected BatchProjection(MongoDatabase database, String prefix, String name, Shadow shadow) {
        this.database = database;
        this.prefix = prefix;
        this.name = name;
        this.shadow = shadow;
    }

    /** The projection's name (unique; used by the rebuild-and-compare operation). */
    public final String name() {
        return name;
    }

    /** The Axon processing group whose processor feeds this projection. */
    public String processingGroup() {
        return STATISTICS_GROUP;
    }

    /**
     * The layout of the projection's collections (their keys and fields). Raise it when a change makes documents
     * built by older code wrong for the new readers: start-up then replays the projection once
     * ({@link ProjectionLayouts}).
     */
    public int layout() {
        return 1;
    }

    /** The collections this projection owns, without prefix. */
    public final List<String> collectionNames() {
        return List.copyOf(collectionNames);
    }

    /**
     * The events the projection handles, each named once: its type filter, prefetch and dispatch (a subclass adds
     * its routes in its constructor).
     */
    protected final EventRoutes routes() {
        return routes;
    }

    /**
     * Registers a store of the projection: loaded with the batch's prefetched keys, flushed after the batch in the
     * order registered (so register counters before the state they are derived from) and discarded on failure.
     */
    protected final <S extends BatchStore> S store(S store) {
        stores.add(store);
        return store;
    }

    /** Whether events with this payload type concern the projection. */
    public final boolean handles(Class<?> payloadType) {
        return routes().handles(payloadType);
    }

    /** Makes a new instance of a projection writing to {@code prefix + name} collections of {@code database}. */
    @FunctionalInterface
    public interface Shadow {
        BatchProjection create(MongoDatabase database, String prefix, boolean singleWriter);
    }

    /** A new instance of this projection writing to {@code prefix + name} collections of {@code database}. */
    public final BatchProjection shadow(MongoDatabase database, String prefix, boolean singleWriter) {
        return shadow.create(database, prefix, singleWriter);
    }

    /** Applies a batch of events (in delivery order) and writes all its changes. */
    public final void process(List<PositionedEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            apply(batch);
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
    }

    /** Prefetches, loads the stores, applies the batch's events, completes and flushes the stores. */
    protected void apply(List<PositionedEvent> batch) {
        BatchKeys keys = routes.prefetch(batch);
        load(keys);
        routes.apply(batch);
        complete();
        stores.forEach(BatchStore::flush);
    }

    /** Loads what the batch needs; by default each store loads its own keys. */
    protected void load(BatchKeys keys) {
        stores.forEach(store -> store.load(keys));
    }

    /** Work that needs the whole batch applied, before the stores are flushed; nothing by default. */
    protected void complete() {
    }

    /** Forgets the state of a failed batch and every cache that might hold some of it. */
    protected void discard() {
        stores.forEach(BatchStore::discard);
    }

    /** Empties the projection's collections (Axon reset before a replay). */
    public void reset() {
        for (String name : collectionNames()) {
            MongoCollections.drop(database, prefix + name);
        }
        discard();
    }

    /** The collection {@code name} (without prefix), from now on one the projection owns. */
    public final MongoCollection<Document> collection(String name) {
        if (!collectionNames.contains(name)) {
            collectionNames.add(name);
        }
        return database.getCollection(prefix + name);
    }

    public final String prefix() {
        return prefix;
    }

    /**
     * The Axon event handler: adds an event the routes name to the processor's current batch. It takes the message,
     * not the payload, so events of other types are passed over without being deserialised.
     */
    @EventHandler
    final void on(EventMessage<?> event, TrackingToken token, @SequenceNumber long sequenceNumber) {
        if (handles(event.getPayloadType())) {
            ProjectionBatches.record(this, event.getPayload(), token, sequenceNumber);
        }
    }

    @ResetHandler
    final void onReset() {
        reset();
    }
}
