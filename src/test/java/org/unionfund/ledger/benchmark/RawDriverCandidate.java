package org.unionfund.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.benchmark.Measurement.Rate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;

/**
 * The ceiling: the driver's own {@code insertMany} and a cursor scan over documents of the same shape, with the
 * payload decoded from BSON, and nothing else (no sequence, no concurrency control, no serializer).
 */
final class RawDriverCandidate {

    private final MongoCollection<Document> collection;

    RawDriverCandidate(MongoDatabase database) {
        this.collection = database.getCollection("raw_events");
    }

    Measurement measure(int events, int batch) {
        long start = System.nanoTime();
        long cpu0 = CpuClock.own();
        for (int written = 0; written < events; ) {
            List<Document> docs = new ArrayList<>(batch);
            for (int i = 0; i < batch && written < events; i++, written++) {
                BenchEvent e = EngineCandidate.event("raw", written, written).getPayload();
                docs.add(new Document("_id", (long) written).append("aggregateId", "raw").append("seq", written)
                        .append("type", BenchEvent.class.getName())
                        .append("payload", new Document("tripId", e.tripId()).append("workerPseudonym",
                                e.workerPseudonym()).append("category", e.category()).append("ownership",
                                e.ownership()).append("costFen", e.costFen()).append("days", e.days())
                                .append("startDate", e.startDate().toString())));
            }
            collection.insertMany(docs);
        }
        Rate bulk = Rate.of(events, System.nanoTime() - start, CpuClock.own() - cpu0);

        start = System.nanoTime();
        cpu0 = CpuClock.own();
        long count = 0;
        long checksum = 0;
        try (MongoCursor<Document> cursor = collection.find().batchSize(5000).iterator()) {
            while (cursor.hasNext()) {
                checksum += cursor.next().get("payload", Document.class).getLong("costFen");
                count++;
            }
        }
        Rate scan = Rate.of(count, System.nanoTime() - start, CpuClock.own() - cpu0);
        if (count != events || checksum <= 0) {
            throw new IllegalStateException("raw scan read " + count + " of " + events);
        }
        return new Measurement("raw driver (insertMany / cursor scan)", Rate.NONE, bulk, scan, Rate.NONE,
                Rate.NONE, -1, count);
    }
}
