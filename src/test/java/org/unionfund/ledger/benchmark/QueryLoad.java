package org.unionfund.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;

import com.mongodb.client.MongoDatabase;

/**
 * The query half of {@link ProjectionBenchmark}: N client threads for a number of seconds (the first 3 not counted)
 * issuing a random mix of coverage and budget queries for random regions of the generated province; returns the
 * table rows (all queries, then one row per kind of query).
 */
final class QueryLoad {

    private QueryLoad() {
    }

    static List<String> run(MongoDatabase db, ZhejiangGenerator generator, int clients, int querySeconds)
            throws InterruptedException {
        List<String> table = new ArrayList<>();
        MongoBodyDirectory directory = new MongoBodyDirectory(db);
        CoverageQueries coverage = new CoverageQueries(db, directory);
        BudgetQueries budgets = new BudgetQueries(db, directory);
        List<String> regions = new ArrayList<>(generator.counties());
        for (int c = 1; c <= ZhejiangGenerator.CITIES; c++) {
            regions.add(String.format("33%02d00", c));
        }
        regions.add("330000");
        String[] kinds = {"coverage year", "coverage month", "coverage category", "budget", "breakdown category"};
        long[][] latencies = new long[kinds.length][];
        List<List<Long>> perKind = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            perKind.add(java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        CountDownLatch done = new CountDownLatch(clients);
        long deadline = System.nanoTime() + querySeconds * 1_000_000_000L;
        long warmup = System.nanoTime() + 3_000_000_000L;
        for (int t = 0; t < clients; t++) {
            int seed = t;
            Thread thread = new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < deadline) {
                        int kind = random.nextInt(kinds.length);
                        String region = regions.get(random.nextInt(regions.size()));
                        long begin = System.nanoTime();
                        switch (kind) {
                            case 0 -> coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.ofYear(2025),
                                    region, true, null, null, null));
                            case 1 -> coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.of(null,
                                    String.format("2025-%02d", 3 + random.nextInt(9)), null, null), region,
                                    random.nextBoolean(), null, null, null));
                            case 2 -> coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.ofYear(2025),
                                    region, true, null, "NEW_FORM", null));
                            case 3 -> budgets.budget(2025, region, random.nextBoolean(), null, null);
                            default -> coverage.breakdown(new CoverageQueries.Filter(StatisticsPeriod.ofYear(
                                    2025), region, true, null, null, null), "category");
                        }
                        long took = System.nanoTime() - begin;
                        if (begin > warmup) {
                            perKind.get(kind).add(took);
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + t);
            thread.start();
        }
        done.await();
        long[] all = perKind.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        double measured = querySeconds - 3;
        table.add(String.format("| queries: %d concurrent clients, %d s (after 3 s warm-up), budget and coverage "
                + "mix | %,d queries | %,.0f queries/s | p50 %.1f ms, p95 %.1f ms, **p99 %.1f ms**, max %.1f ms |",
                clients, querySeconds, all.length, all.length / measured, pct(all, 50), pct(all, 95),
                pct(all, 99), pct(all, 100)));
        for (int k = 0; k < kinds.length; k++) {
            latencies[k] = perKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            table.add(String.format("| — %s | %,d | | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms |", kinds[k],
                    latencies[k].length, pct(latencies[k], 50), pct(latencies[k], 95), pct(latencies[k], 99)));
        }
        return table;
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
