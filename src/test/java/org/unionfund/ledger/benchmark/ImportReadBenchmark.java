package org.unionfund.ledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.TripSheet;

/**
 * Benchmark harness (not a test) for the reading half of a province-year import: writes the file
 * ({@link ProvinceYearImportFile}, default 1,500,000 person-times), then reads it through the server's import path
 * (CSV decoding, column mapping, row parsing with the GB 11643 check, pseudonymising every identity number,
 * grouping into trips) twice, and prints rows per second and the CPU time. The writing half (the command path,
 * trip by trip) is {@code ImportThroughputBench}.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.ImportReadBenchmark \
 *     -Dbench.args="--person-times 1500000"
 * </pre>
 */
public final class ImportReadBenchmark {

    private ImportReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int personTimes = Integer.parseInt(options.getOrDefault("person-times", "1500000"));
        Path file = Path.of(options.getOrDefault("file", "target/bench/province-year.csv"));
        long start = System.nanoTime();
        int trips = ProvinceYearImportFile.write(file, personTimes, 18);
        System.out.printf("generated %,d person-times in %,d trips, %,d MB, in %.1f s%n", personTimes, trips,
                Files.size(file) >> 20, seconds(start));
        TripSheet sheet = new TripSheet(ColumnMapping.defaults(), new WorkerPseudonyms(WorkerPseudonyms.DEMO_KEY),
                new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE));
        for (int run = 1; run <= 2; run++) {
            long cpu = cpuNanos();
            start = System.nanoTime();
            int[] read = {0, 0};
            int rows = sheet.read(TableSource.of(file, null), trip -> {
                read[0]++;
                read[1] += trip.size();
            });
            double s = seconds(start);
            System.out.printf("read %d: %,d rows, %,d trips (%,d rows in trips) in %.1f s, %,.0f rows/s; CPU %.1f s%n",
                    run, rows, read[0], read[1], s, rows / s, (cpuNanos() - cpu) / 1e9);
        }
        Files.deleteIfExists(file);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
