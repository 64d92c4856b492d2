package org.unionfund.ledger.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.statistics.coverage.EventStoreTripHistory;
import org.unionfund.ledger.funds.directory.BodyDirectoryProjection;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.funds.query.AccountBalanceProjection;
import org.unionfund.ledger.funds.query.MatchingDeadlineProjection;
import org.unionfund.ledger.statistics.matching.MatchingProjection;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.ProjectionProcessingConfiguration;
import org.unionfund.ledger.platform.projection.ShadowReplay;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.recuperation.standard.query.StandardsProjection;
import org.unionfund.ledger.platform.store.Durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The projection benchmark harness (not a test). Generates a Zhejiang-shaped log of about N trip and participant
 * events ({@link ZhejiangGenerator}) in the event store, then measures:
 * <ol>
 * <li><b>rebuild</b>: the whole log replayed into ALL projections — coverage, budget, matching, account balances
 * (batch projections, single-writer mode) and the per-event ones (matching deadlines, body directory, standards) — by
 * the rebuild code ({@link ShadowReplay}), with events/s and the heap (max used, max live after GC);</li>
 * <li><b>processor replay</b>: the statistics projections fed by an Axon tracking processor from token 0 (the live
 * path: batches of 1000 in one unit of work, flushed before the token);</li>
 * <li><b>queries</b>: budget and coverage queries from 16 concurrent clients: p50, p95, p99, max.</li>
 * </ol>
 * The MongoDB-wire server runs in a child JVM by default, like a real MongoDB beside the application.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.ProjectionBenchmark -Dbench.heap=-Xmx512m \
 *     -Dbench.args="--events 1000000"
 * options: --events N  --backend memory|file  --server fork|inprocess  --uri mongodb://…  --clients 16
 *          --query-seconds 20  --batch 1000  --skip-processor-replay  --statistics-rebuild  --server-heap 10g
 * </pre>
 */
public final class ProjectionBenchmark {

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        String backend = options.getOrDefault("backend", "memory");
        String serverMode = options.getOrDefault("server", "fork");
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int querySeconds = Integer.parseInt(options.getOrDefault("query-seconds", "20"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
        boolean processorReplay = !options.containsKey("skip-processor-replay");
        String uri = options.get("uri");

        BenchStore server = uri != null ? BenchStore.external(uri)
                : BenchStore.start(serverMode, backend, options.getOrDefault("server-heap", "10g"), "proj-bench");
        Process forked = server.forked();
        List<String> table = new ArrayList<>();
        // generous timeouts: a server busy with a large heap must not be declared gone in the middle of a run
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.connectionString()))
                .applyToSocketSettings(b -> b.connectTimeout(120, java.util.concurrent.TimeUnit.SECONDS))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, java.util.concurrent.TimeUnit.MINUTES))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase db = client.getDatabase("projbench_" + System.currentTimeMillis());
            Serializer serializer = JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
            LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder().eventSerializer(serializer)
                    .snapshotSerializer(serializer).database(db).durability(Durability.SERVER_MANAGED).build();
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

            // ---------------------------------------------------------------- generate
            long start = System.nanoTime();
            ZhejiangGenerator generator = new ZhejiangGenerator(engine, events, 42);
            generator.generate(System.out::println);
            double generateSeconds = seconds(start);
            System.out.printf("Generated %,d events in %,d commits in %.0f s: %,d trips, %,d participants "
                    + "(%,d attendances, %,d workers), %.2f events per participant%n", generator.events,
                    generator.commits, generateSeconds, generator.trips, generator.participants,
                    generator.attendances, generator.workers, generator.events / (double) generator.participants);

            // ---------------------------------------------------------------- rebuild into all projections
            HeapWatch heap = HeapWatch.start();
            CpuClock cpu = CpuClock.start(forked);
            List<ShadowTarget> targets = new ArrayList<>();
            EventStoreTripHistory history = new EventStoreTripHistory(store);
            targets.add(ShadowTarget.of(new CoverageProjection(db, history).shadow(db, "", true)));
            targets.add(ShadowTarget.of(new BudgetProjection(db).shadow(db, "", true)));
            targets.add(ShadowTarget.of(new MatchingProjection(db).shadow(db, "", true)));
            targets.add(ShadowTarget.of(new AccountBalanceProjection(db).shadow(db, "", true)));
            targets.add(ShadowTarget.annotated("matching-deadlines", new MatchingDeadlineProjection(db),
                    java.util.Set.of()));
            targets.add(ShadowTarget.annotated("standards", new StandardsProjection(db), java.util.Set.of()));
            targets.add(ShadowTarget.annotated("body-directory", new BodyDirectoryProjection(new MongoBodyDirectory(db)),
                    java.util.Set.of()));
            start = System.nanoTime();
            long rebuildStart = start;
            long read;
            Map<String, Double> busy;
            try (ShadowReplay replay = new ShadowReplay(store, targets, batch)) {
                AtomicLong last = new AtomicLong();
                read = replay.run(Long.MAX_VALUE, (t, m) -> true, n -> {
                    if (n / 100_000 != last.get() / 100_000) {
                        System.out.printf("rebuild: %,d events, %.1f s%n", n, seconds(rebuildStart));
                    }
                    last.set(n);
                });
                System.out.println("busy per projection (s): " + replay.busySeconds());
                busy = replay.busySeconds();
            }
            double rebuildSeconds = seconds(start);
            heap.stop();
            String rebuildCpu = cpu.describe();
            if (options.containsKey("histogram")) {
                String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
                histogram.lines().limit(25).forEach(System.out::println);
            }
            String rebuild = String.format("| rebuild: whole log into all 7 projections (ShadowReplay) | %,d | %.1f s "
                    + "| **%,.0f events/s** | max used %,d MB, max live after GC %,d MB (of -Xmx %,d MB); %s |", read,
                    rebuildSeconds, read / rebuildSeconds, heap.maxUsed() >> 20, heap.maxLive() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, rebuildCpu);
            System.out.println(rebuild);
            table.add(rebuild);
            StringBuilder perProjection = new StringBuilder("| — time spent applying, per projection (in parallel threads) "
                    + "| | | |");
            busy.forEach((name, seconds) -> perProjection.append(String.format(" %s %.1f s;", name, seconds)));
            table.add(perProjection.append(" |").toString());

            // ---------------------------------------------------------------- rebuild of the statistics projections only
            if (options.containsKey("statistics-rebuild")) {
                HeapWatch heap3 = HeapWatch.start();
                List<ShadowTarget> statistics = List.of(
                        ShadowTarget.of(new CoverageProjection(db, history).shadow(db, "stat_", true)),
                        ShadowTarget.of(new BudgetProjection(db).shadow(db, "stat_", true)),
                        ShadowTarget.of(new MatchingProjection(db).shadow(db, "stat_", true)));
                start = System.nanoTime();
                long statisticsRead;
                Map<String, Double> statisticsBusy;
                try (ShadowReplay replay = new ShadowReplay(store, statistics, batch)) {
                    statisticsRead = replay.run(Long.MAX_VALUE, (t, m) -> true, n -> { });
                    statisticsBusy = replay.busySeconds();
                }
                double seconds = seconds(start);
                heap3.stop();
                for (String name : db.listCollectionNames().into(new ArrayList<>())) {
                    if (name.startsWith("stat_")) {
                        db.getCollection(name).drop();
                    }
                }
                String row = String.format("| rebuild: whole log into the 3 statistics projections only | %,d | %.1f s "
                        + "| **%,.0f events/s** | max used %,d MB, max live after GC %,d MB; busy %s |", statisticsRead,
                        seconds, statisticsRead / seconds, heap3.maxUsed() >> 20, heap3.maxLive() >> 20,
                        statisticsBusy);
                System.out.println(row);
                table.add(row);
            }

            // ---------------------------------------------------------------- Axon tracking processor replay
            if (processorReplay) {
                HeapWatch heap2 = HeapWatch.start();
                CpuClock cpu2 = CpuClock.start(forked);
                List<BatchProjection> projections = List.of(new CoverageProjection(db, history).shadow(db, "tep_",
                        false), new BudgetProjection(db).shadow(db, "tep_", false),
                        new MatchingProjection(db).shadow(db, "tep_", false));
                Configuration axon = DefaultConfigurer.defaultConfiguration()
                        .configureSerializer(c -> serializer)
                        .configureEventSerializer(c -> serializer)
                        .configureEventStore(c -> store)
                        .eventProcessing(p -> {
                            p.usingTrackingEventProcessors();
                            p.registerTokenStore(c -> new InMemoryTokenStore());
                            projections.forEach(projection -> p.registerEventHandler(c -> projection));
                            ProjectionProcessingConfiguration.register(p, BatchProjection.STATISTICS_GROUP,
                                    () -> projections, batch);
                        })
                        .buildConfiguration();
                long headIndex = index(store.createHeadToken());
                start = System.nanoTime();
                axon.start();
                StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                        .eventProcessor(BatchProjection.STATISTICS_GROUP, StreamingEventProcessor.class).orElseThrow();
                while (true) {
                    Thread.sleep(200);
                    var statuses = processor.processingStatus().values();
                    if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s.isCaughtUp()
                            && s.getCurrentPosition().orElse(-1) >= headIndex)) {
                        break;
                    }
                    if (statuses.stream().anyMatch(EventTrackerStatus::isErrorState)) {
                        throw new IllegalStateException("processor failed: " + statuses);
                    }
                }
                double replaySeconds = seconds(start);
                axon.shutdown();
                heap2.stop();
                for (String name : db.listCollectionNames().into(new ArrayList<>())) {
                    if (name.startsWith("tep_")) {
                        db.getCollection(name).drop();
                    }
                }
                String row = String.format("| processor replay: whole log through an Axon tracking processor into "
                        + "the 3 statistics projections (live mode) | %,d | %.1f s | **%,.0f events/s** | max used "
                        + "%,d MB, max live after GC %,d MB; %s |", generator.events, replaySeconds,
                        generator.events / replaySeconds, heap2.maxUsed() >> 20, heap2.maxLive() >> 20,
                        cpu2.describe());
                System.out.println(row);
                table.add(row);
            }

            // ---------------------------------------------------------------- queries, 16 concurrent clients
            table.addAll(QueryLoad.run(db, generator, clients, querySeconds));

            System.out.println();
            System.out.printf("Projection benchmark: %,d events (%,d trips, %,d participants, %,d attendances, %,d "
                    + "workers; %.2f events per participant), store: embedded %s%s%n", generator.events,
                    generator.trips, generator.participants, generator.attendances, generator.workers,
                    generator.events / (double) generator.participants, backend,
                    " in " + server.where());
            System.out.printf("Machine: %d cores, max heap %d MB, Java %s, %s %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
            System.out.println();
            System.out.println("| measurement | events / queries | time | rate | heap / latency |");
            System.out.println("| --- | --- | --- | --- | --- |");
            table.forEach(System.out::println);
        } finally {
            server.close();
        }
        System.exit(0);
    }

    private static long index(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}

