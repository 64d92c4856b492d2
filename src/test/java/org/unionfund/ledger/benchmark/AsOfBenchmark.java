package org.unionfund.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.audit.asof.AsOfAnswer;
import org.unionfund.ledger.audit.asof.AsOfCut;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.store.Durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * As-of answers with projection snapshots sealed at checkpoints ({@code CutReplays.replayFromCheckpoints}): a
 * Zhejiang-shaped log of N events, then the first as-of at the head (a full replay of every rebuildable projection
 * that seals a snapshot every {@code --checkpoint-every} events on its way), then as-of at random cuts, each in
 * fresh shadows (not the cache), starting from the nearest snapshot.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.AsOfBenchmark -Dbench.heap=-Xmx1g \
 *     -Dbench.args="--events 1000000 --checkpoint-every 50000"
 * options: --events N (1,000,000)  --checkpoint-every N (50,000)  --cuts N (5)  --backend memory|file
 *          --server fork|inprocess  --server-heap 10g
 *          --background true: instead of the first as-of at the head, one round of the background sealer
 *          ({@code CutSealer}); the random cuts are then the first as-of questions of the log
 * </pre>
 */
public final class AsOfBenchmark {

    private AsOfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        long every = Long.parseLong(options.getOrDefault("checkpoint-every", "50000"));
        int cuts = Integer.parseInt(options.getOrDefault("cuts", "5"));
        String backend = options.getOrDefault("backend", "memory");
        boolean background = Boolean.parseBoolean(options.getOrDefault("background", "false"));
        String loadBefore = EventStoreBenchmark.loadAverage();
        BenchStore server = BenchStore.start(options.getOrDefault("server", "fork"), backend,
                options.getOrDefault("server-heap", "10g"), "asof-bench");
        List<String> table = new ArrayList<>();
        try (MongoClient client = server.client()) {
            MongoDatabase db = client.getDatabase("asofbench_" + System.currentTimeMillis());
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Serializer serializer = JacksonSerializer.builder().objectMapper(json).build();
            LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder().eventSerializer(serializer)
                    .snapshotSerializer(serializer).database(db).durability(Durability.SERVER_MANAGED).build();
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
            long start = System.nanoTime();
            ZhejiangGenerator generator = new ZhejiangGenerator(engine, events, 42);
            generator.generate(System.out::println);
            System.out.printf("Generated %,d events in %.0f s%n", generator.events, EngineCandidate.seconds(start));

            try (AsOfStack asOf = new AsOfStack(db, store, json, every)) {
                long head = asOf.replays.cut(String.valueOf(Long.MAX_VALUE / 2), null, null).sequence();
                if (background) {
                    table.add(sealingRound(asOf, server, every));
                } else {
                    table.add(row(asOf, String.valueOf(head), server, "first as-of at the head: full replay, "
                            + "sealing a snapshot every " + String.format("%,d", every)));
                }
                Random random = new Random(7);
                for (int i = 0; i < cuts; i++) {
                    long cut = 1 + (long) (random.nextDouble() * head);
                    table.add(row(asOf, String.valueOf(cut), server, "as-of at a random cut"));
                }
            }
            System.out.printf("%nAs-of benchmark: %,d events, checkpoint every %,d, embedded %s server in %s; "
                    + "%d cores, heap %d MB; load average before %s, after %s%n", generator.events, every, backend,
                    server.where(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    loadBefore, EventStoreBenchmark.loadAverage());
            System.out.println("| as-of | cut | events replayed | wall | CPU |");
            System.out.println("| --- | --- | --- | --- | --- |");
            table.forEach(System.out::println);
        } finally {
            server.close();
        }
        System.exit(0);
    }

    /** What the background sealer does in its first round on this log, before anyone asks an as-of. */
    private static String sealingRound(AsOfStack asOf, BenchStore server, long every) throws Exception {
        CpuClock cpu = CpuClock.start(server.forked());
        long start = System.nanoTime();
        long read = asOf.cutReplays.sealToLastCheckpoint(asOf.replays.snapshotProjections(), 500);
        long sealed = asOf.cutReplays.sealToLastCheckpoint(asOf.replays.snapshotProjections(), 500);
        String row = String.format("| background sealer, first round: a snapshot every %,d up to the last checkpoint "
                + "(a second round: %,d events) | – | %,d | %.1f s | %s |", every, sealed, read,
                EngineCandidate.seconds(start), cpu.describe());
        System.out.println(row);
        return row;
    }

    private static String row(AsOfStack asOf, String at, BenchStore server, String what) {
        CpuClock cpu = CpuClock.start(server.forked());
        long start = System.nanoTime();
        AsOfCut cut = asOf.replays.cut(at, null, null);
        AsOfAnswer<MongoDatabase> answer = asOf.replays.view(cut);
        String row = String.format("| %s | %,d | %,d | %.1f s | %s |", what, cut.sequence(), answer.replayedEvents(),
                EngineCandidate.seconds(start), cpu.describe());
        System.out.println(row);
        return row;
    }
}
