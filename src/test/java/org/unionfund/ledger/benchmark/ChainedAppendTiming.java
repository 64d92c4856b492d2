package org.unionfund.ledger.benchmark;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Not a test: single appends that continue existing aggregates (what commands do), which the event-store benchmark
 * does not measure (its aggregates all start at sequence 0). "same node": one engine appends every event of an
 * aggregate (the previous hash comes from memory); "two nodes": two engines take turns on the same aggregate (each
 * append chains to an event the other node wrote, so its hash is looked up by key).
 *
 * <pre>java -cp target/test-classes:target/classes:… org.unionfund.ledger.benchmark.ChainedAppendTiming [appends]</pre>
 */
public final class ChainedAppendTiming {

    public static void main(String[] args) {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Serializer serializer = JacksonSerializer.builder().objectMapper(EventStoreBenchmark.objectMapper()).build();
        try (EmbeddedMongo server = EmbeddedMongo.inMemory(0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("chained_" + System.nanoTime());
            EventStorageEngine one = engine(database, serializer);
            EventStorageEngine two = engine(database, serializer);
            for (int i = 0; i < 500; i++) {
                one.appendEvents(List.of(EngineCandidate.event("warm-up", i, i)));
            }
            long start = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                one.appendEvents(List.of(EngineCandidate.event("same-node", i, i)));
            }
            double sameNode = appends / EngineCandidate.seconds(start);
            start = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                (i % 2 == 0 ? one : two).appendEvents(List.of(EngineCandidate.event("two-nodes", i, i)));
            }
            double twoNodes = appends / EngineCandidate.seconds(start);
            System.out.printf("| chained single appends | same node %,.0f/s | two nodes taking turns %,.0f/s |%n",
                    sameNode, twoNodes);
        }
    }

    private static EventStorageEngine engine(MongoDatabase database, Serializer serializer) {
        return LedgerEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer)
                .database(database).durability(Durability.SERVER_MANAGED).build();
    }
}
