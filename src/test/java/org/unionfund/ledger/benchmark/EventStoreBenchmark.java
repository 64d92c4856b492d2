package org.unionfund.ledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.RawBsonDocument;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The event-store benchmark harness (not a test). For N events it prints single and bulk append rates, the replay
 * rate into a trivial projection and the final token size for our engine, for axon-mongo's MongoEventStorageEngine
 * on the same server, and the raw driver's insertMany and cursor-scan rates as the ceiling; and the stored BSON bytes
 * per event of our engine.
 *
 * <pre>
 * mvn -Pbench verify                                  # 100k events, embedded memory backend
 * mvn -Pbench verify -Dbench.args="--events 1000000 --backend file"
 * mvn -Pbench verify -Dbench.args="--uri mongodb://localhost:27017"
 * </pre>
 */
public final class EventStoreBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "100000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "500"));
        int singles = Integer.parseInt(options.getOrDefault("singles", String.valueOf(Math.min(10_000, events / 10))));
        String backend = options.getOrDefault("backend", "memory");
        boolean skipAxonMongo = options.containsKey("skip-axon-mongo");
        boolean skipPostgres = options.containsKey("skip-postgres");
        int loads = Integer.parseInt(options.getOrDefault("loads", "2000"));
        String loadBefore = loadAverage();
        String uri = options.get("uri");
        Duration limit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("replay-limit-seconds", "60")));

        EmbeddedMongo embedded = null;
        Path dataDir = null;
        Durability durability = Durability.SERVER_MANAGED;
        if (uri == null) {
            if (backend.equals("file")) {
                dataDir = Files.createTempDirectory("ledger-bench");
                embedded = EmbeddedMongo.fileBacked(dataDir, 0);
                durability = embedded.durability();
            } else {
                embedded = EmbeddedMongo.inMemory(0);
            }
            uri = embedded.connectionString();
        }

        Serializer serializer = JacksonSerializer.builder().objectMapper(objectMapper()).build();
        List<Measurement> results = new ArrayList<>();
        String stored;
        try (MongoClient client = MongoClients.create(uri)) {
            results.add(report(new RawDriverCandidate(database(client, "raw")).measure(events, batch)));
            MongoDatabase ours = database(client, "ours");
            EventStorageEngine engine = LedgerEventStorageEngine.builder()
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .database(ours).durability(durability).build();
            results.add(report(new EngineCandidate("LedgerEventStorageEngine (ours)", engine, serializer,
                    CpuClock::own).measure(events, singles, batch, loads, limit)));
            stored = storedSize(ours, (long) events + singles);
            System.out.println("measured: " + stored);
            if (!skipAxonMongo) {
                MongoDatabase theirs = database(client, "axonmongo");
                EventStorageEngine axonMongo = MongoEventStorageEngine.builder()
                        .eventSerializer(serializer).snapshotSerializer(serializer)
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(theirs).build())
                        .build();
                results.add(report(new EngineCandidate("axon-mongo MongoEventStorageEngine", axonMongo, serializer,
                        CpuClock::own).measure(events, singles, batch, loads, limit)));
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        if (!skipPostgres) {
            boolean durable = Boolean.parseBoolean(options.getOrDefault("pg-durable", String.valueOf(
                    backend.equals("file"))));
            PostgresCandidate.measure(Path.of("target/bench-pg"), durable, serializer, events, singles, batch, loads,
                    limit).ifPresent(m -> results.add(report(m)));
        }
        print(results, events, singles, batch, options.get("uri") != null ? "MongoDB at given URI" : "embedded " + backend);
        System.out.println("ours, " + stored);
        System.out.println("load average (1, 5, 15 min): before " + loadBefore + ", after " + loadAverage());
    }

    /** The BSON size of our {@code events} collection: total, per event, and per single-event commit. */
    private static String storedSize(MongoDatabase database, long eventCount) {
        long total = 0;
        long documents = 0;
        long singleBytes = 0;
        long singleCommits = 0;
        for (RawBsonDocument commit : database.getCollection("events", RawBsonDocument.class).find().batchSize(64)) {
            int size = commit.getByteBuffer().remaining();
            total += size;
            documents++;
            if (commit.getInt64("last").getValue() == commit.getInt64("_id").getValue()) {
                singleBytes += size;
                singleCommits++;
            }
        }
        return String.format("stored: %,d B in %,d commit documents for %,d events = %.1f B/event"
                + " (single-event commits %.1f B each)", total, documents, eventCount, (double) total / eventCount,
                singleCommits == 0 ? 0.0 : (double) singleBytes / singleCommits);
    }

    private static Measurement report(Measurement measurement) {
        System.out.println("measured: " + measurement.row());
        return measurement;
    }

    private static MongoDatabase database(MongoClient client, String name) {
        MongoDatabase database = client.getDatabase("bench_" + name + "_" + System.nanoTime());
        database.drop();
        return database;
    }

    static ObjectMapper objectMapper() {
        return JsonMapper.builder().findAndAddModules().build();
    }

    private static void print(List<Measurement> results, int events, int singles, int batch, String store) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%nEvent store benchmark: %,d events (+%,d single appends), batch %d, store: %s%n", events,
                singles, batch, store);
        System.out.printf("Machine: %d cores, max heap %d MB, Java %s, %s %s%n%n", rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"));
        System.out.println(Measurement.header().formatted(batch));
        results.forEach(m -> System.out.println(m.row()));
        System.out.println("(rate · CPU µs per event, per aggregate for the loads: harness JVM with the embedded"
                + " server, plus the PostgreSQL server's processes)");
        Measurement ours = results.get(1);
        System.out.println();
        for (Measurement other : results) {
            if (other != ours) {
                System.out.println(Ratios.of(ours, other));
            }
        }
    }

    /** /proc/loadavg's first three fields, or "n/a". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
