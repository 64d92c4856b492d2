package org.unionfund.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.statistics.coverage.EventStoreTripHistory;
import org.unionfund.ledger.funds.directory.BodyDirectoryProjection;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.statistics.matching.MatchingProjection;
import org.unionfund.ledger.platform.projection.ShadowReplay;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.query.ReportSources;
import org.unionfund.ledger.reporting.model.ReportText;
import org.unionfund.ledger.reporting.model.YearlyReport;
import org.unionfund.ledger.reporting.query.YearlyReportAssembler;
import org.unionfund.ledger.reporting.render.ReportWriters;
import org.unionfund.ledger.platform.store.Durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * The yearly-report benchmark harness (not a test): a Zhejiang-shaped province-year of N events
 * ({@link ZhejiangGenerator}) in the event store; the log replayed into the four projections a report reads (body
 * directory, coverage, budget, matching) with {@link ShadowReplay} — what an as-of report does before it can answer;
 * then the province's yearly report computed from those projections (the query classes' key look-ups) and rendered
 * in every format, several times.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.ReportBenchmark -Dbench.heap=-Xmx6g \
 *     -Dbench.args="--events 5000000 --backend file --server-heap 6g"
 * options: --events N  --backend memory|file  --server fork|inprocess  --server-heap 12g  --batch 500  --runs 5
 * </pre>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "5000000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "500"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        String backend = options.getOrDefault("backend", "memory");
        BenchStore server = BenchStore.start(options.getOrDefault("server", "fork"), backend,
                options.getOrDefault("server-heap", "12g"), "report-bench");
        Process forked = server.forked();
        List<String> table = new ArrayList<>();
        try (MongoClient client = server.client()) {
            MongoDatabase db = client.getDatabase("reportbench_" + System.currentTimeMillis());
            Serializer serializer = JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
            LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder().eventSerializer(serializer)
                    .snapshotSerializer(serializer).database(db).durability(Durability.SERVER_MANAGED).build();
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

            long start = System.nanoTime();
            ZhejiangGenerator generator = new ZhejiangGenerator(engine, events, 42);
            generator.generate(System.out::println);
            System.out.printf("Generated %,d events in %,d commits in %.0f s: %,d trips, %,d attendances%n",
                    generator.events, generator.commits, seconds(start), generator.trips, generator.attendances);

            // the four projections a report reads, from the whole log (as an as-of report replays them)
            List<ShadowTarget> targets = new ArrayList<>();
            targets.add(ShadowTarget.annotated("body-directory", new BodyDirectoryProjection(new MongoBodyDirectory(db)),
                    Set.of()));
            targets.add(ShadowTarget.of(new CoverageProjection(db, new EventStoreTripHistory(store)).shadow(db, "",
                    true)));
            targets.add(ShadowTarget.of(new BudgetProjection(db).shadow(db, "", true)));
            targets.add(ShadowTarget.of(new MatchingProjection(db).shadow(db, "", true)));
            CpuClock cpu = CpuClock.start(forked);
            start = System.nanoTime();
            long read;
            long rebuildStart = start;
            try (ShadowReplay replay = new ShadowReplay(store, targets, batch)) {
                AtomicLong last = new AtomicLong();
                read = replay.run(Long.MAX_VALUE, (t, m) -> true, n -> {
                    if (n / 250_000 != last.get() / 250_000) {
                        System.out.printf("replay: %,d events, %.1f s%n", n, seconds(rebuildStart));
                    }
                    last.set(n);
                });
            }
            double replaySeconds = seconds(start);
            table.add(String.format("| as-of replay: the whole log into the 4 projections a report reads | %,d events "
                    + "| %.1f s | %,.0f events/s; %s |", read, replaySeconds, read / replaySeconds, cpu.describe()));

            ReportSources sources = ReportSources.over(db);
            long sequence = generator.events;
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                YearlyReportAssembler.Content content = YearlyReportAssembler.assemble(sources, 2025, "330000");
                long t1 = System.nanoTime();
                ReportBasis basis = new ReportBasis(ReportBasis.PROJECTIONS, null, sequence, null, true, null, null);
                YearlyReport report = new YearlyReport(2025, content.body(), basis, ReportText.summary(2025,
                        content.body(), content.totals(), content.tables(), basis), content.totals(),
                        content.tables());
                StringBuilder sizes = new StringBuilder();
                long t2 = System.nanoTime();
                for (ReportFormat format : ReportFormat.values()) {
                    long f0 = System.nanoTime();
                    byte[] bytes = ReportWriters.write(report, format, null);
                    sizes.append(String.format("%s %,d B %.0f ms; ", format.name().toLowerCase(), bytes.length,
                            (System.nanoTime() - f0) / 1e6));
                }
                long t3 = System.nanoTime();
                String row = String.format("| report of 330000 for 2025, run %d: figures (key look-ups) %.0f ms, "
                        + "all four formats %.0f ms | %,d person-times | %.2f s | %s|", run, (t1 - t0) / 1e6,
                        (t3 - t2) / 1e6, (Long) report.value("activity.personTimes"), (t3 - t0) / 1e9, sizes);
                System.out.println(row);
                table.add(row);
            }
            System.out.println();
            System.out.printf("Report benchmark: %,d events, %,d trips, %,d attendances; embedded %s server in "
                    + "%s; %d cores, harness heap %d MB, Java %s%n", generator.events, generator.trips,
                    generator.attendances, backend, server.where(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            table.forEach(System.out::println);
        } finally {
            server.close();
        }
        System.exit(0);
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
