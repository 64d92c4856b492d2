package org.unionfund.ledger.benchmark;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Benchmark harness (not a test) for the {@code _id $in} look-ups of the projections ({@code CounterBatch.READ_CHUNK}):
 * 500 random ids out of 100,000 documents on the embedded in-memory server, read with one {@code $in} per chunk of
 * 500, 250, 100 and 50 ids; three rounds, milliseconds per 500 ids.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.InLookupBenchmark -Dbench.args=
 * </pre>
 */
public final class InLookupBenchmark {

    private static final int DOCUMENTS = 100_000;
    private static final int IDS = 500;
    private static final int QUERIES = 40;

    private InLookupBenchmark() {
    }

    public static void main(String[] args) {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("inbench").getCollection("counters");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                batch.add(new Document("_id", id(i)).append("n", (long) i).append("f", "abc" + i));
                if (batch.size() == 1000) {
                    collection.insertMany(batch);
                    batch.clear();
                }
            }
            Random random = new Random(1);
            for (int round = 1; round <= 3; round++) {
                StringBuilder line = new StringBuilder("round " + round + ":");
                for (int chunk : new int[] {500, 250, 100, 50}) {
                    long start = System.nanoTime();
                    for (int q = 0; q < QUERIES; q++) {
                        List<String> ids = new ArrayList<>();
                        for (int i = 0; i < IDS; i++) {
                            ids.add(id(random.nextInt(DOCUMENTS)));
                        }
                        for (int from = 0; from < ids.size(); from += chunk) {
                            List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
                            collection.find(in("_id", part)).batchSize(part.size()).into(new ArrayList<>());
                        }
                    }
                    line.append(String.format(" chunk %d: %.1f ms;", chunk, (System.nanoTime() - start) / 1e6 / QUERIES));
                }
                System.out.println(line);
            }
        }
        System.exit(0);
    }

    private static String id(int i) {
        return "cov/330000/2025/" + i;
    }
}
