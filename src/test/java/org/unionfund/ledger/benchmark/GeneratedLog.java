package org.unionfund.ledger.benchmark;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/** A Zhejiang-shaped log ({@link ZhejiangGenerator}) in a database of an in-memory embedded server, for as-of tests. */
final class GeneratedLog implements AutoCloseable {

    final EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
    final MongoClient client = MongoClients.create(mongo.connectionString());
    final MongoDatabase db;
    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    final EmbeddedEventStore store;

    GeneratedLog(String database, int size, long seed) {
        db = client.getDatabase(database);
        Serializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder().eventSerializer(serializer)
                .snapshotSerializer(serializer).database(db).durability(Durability.SERVER_MANAGED).build();
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
        new ZhejiangGenerator(engine, size, seed).generate(line -> { });
    }

    /** An as-of stack over this log, sealing snapshots every {@code checkpointEvery} numbers (0: never). */
    AsOfStack asOf(long checkpointEvery) {
        return new AsOfStack(db, store, json, checkpointEvery);
    }

    @Override
    public void close() {
        client.close();
        mongo.close();
    }
}
