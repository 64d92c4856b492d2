package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.ResidentIds;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Import throughput harness (not a timed test; skipped unless {@code -Dbench.import=true}): N participants
 * (default 10,000) in trips of 40, one day at 150 yuan on Gongshu's own line, generated in the template format as a
 * UTF-8 CSV, uploaded as a Gongshu clerk: dry run, commit, and the same file again. Prints the times.
 *
 * <pre>
 * mvn -o -q test -Dtest=ImportThroughputBench -Dbench.import=true [-Dbench.participants=10000]
 * </pre>
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.test.context=import-bench")
@EnabledIfSystemProperty(named = "bench.import", matches = "true")
class ImportThroughputBench {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @TempDir
    Path dir;

    @Test
    void dry_run_then_commit_then_again() throws Exception {
        int participants = Integer.getInteger("bench.participants", 10_000);
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestUsers::asSystem).defaultStatusHandler(s -> true, (q, r) -> { }).build();
        BenchWorld.load(port, http, commands);
        ResidentIds ids = new ResidentIds(99);
        List<List<String>> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; rows.size() < participants; i++) {
            String id = ids.next();
            if (!seen.add(id)) {
                continue;
            }
            int trip = rows.size() / 40;
            rows.add(List.of("GS-2025-LIAOXIU", "BENCH-" + trip, "HZ-TRAVEL-01", "ANJI-BASE",
                    java.time.LocalDate.of(2025, 3, 3).plusDays(trip % 300).toString(), "1", "150", id, "职工" + i,
                    "一线职工", "", "国有企业", "某企业", "否", "是", "GS-2025-RECUP", "", ""));
        }
        Path csv = dir.resolve("bench.csv");
        ImportSample.writeCsv(csv, rows, ImportSample.utf8(), true);
        for (String step : List.of("dry run", "commit", "again")) {
            long start = System.nanoTime();
            double cpuStart = processCpuSeconds();
            JsonNode report = upload(http, csv, step.equals("dry run"));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpuStart;
            System.out.printf("IMPORT-BENCH %s: %d participants, %d trips in %.1f s (%.0f rows/s), CPU %.1f s "
                    + "(%.2f CPU s per 1,000 rows), load %s; written %d, would write %d, already present %d, "
                    + "refused %d%n", step, participants, report.path("trips").asInt(), seconds,
                    participants / seconds, cpu, cpu * 1000 / participants, load(), report.path("written").asInt(),
                    report.path("wouldWrite").asInt(), report.path("alreadyPresent").asInt(),
                    report.path("refused").asInt());
            List<String> refused = new ArrayList<>();
            report.path("outcomes").forEach(o -> {
                if (refused.size() < 5 && o.path("status").asText().startsWith("REFUSED")) {
                    refused.add(o.path("tripId").asText() + " " + o.path("rule").asText() + " " + o.path("en").asText());
                }
            });
            assertThat(report.path("refused").asInt()).as(String.join("; ", refused)).isZero();
        }
    }

    /**
     * The first {@code -Dbench.provinceRows} rows of the province-year ({@link ProvinceYearImportFile}) committed
     * through the CLI ({@code cli import trips FILE}, chunks of 20,000 rows) against this server: the import path a
     * clerk uses for a file over the upload limit. Prints time, CPU and the outcome counts.
     */
    @Test
    void province_year_slice_through_the_cli() throws Exception {
        int rows = Integer.getInteger("bench.provinceRows", 0);
        org.junit.jupiter.api.Assumptions.assumeTrue(rows > 0, "-Dbench.provinceRows=N to run");
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestUsers::asSystem).defaultStatusHandler(s -> true, (q, r) -> { }).build();
        BenchWorld.load(port, http, commands);
        Path csv = dir.resolve("province-year.csv");
        int trips = org.unionfund.ledger.benchmark.ProvinceYearImportFile.write(csv, rows, 2025);
        for (String step : List.of("commit")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            long start = System.nanoTime();
            double cpuStart = processCpuSeconds();
            int exit = org.unionfund.ledger.LedgerCli.run(new String[] {"--url", "http://localhost:" + port,
                "--user", TestUsers.GS_CLERK, "--password", TestUsers.PASSWORD, "import", "trips", csv.toString()},
                    new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(
                            java.io.OutputStream.nullOutputStream()));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpuStart;
            String printed = out.toString("UTF-8");
            System.out.printf("IMPORT-BENCH province-year %s: %d rows, %d trips through the CLI in %.1f s (%.0f "
                    + "rows/s), CPU %.1f s (%.2f CPU s per 1,000 rows), load %s, exit %d; %s%n", step, rows, trips,
                    seconds, rows / seconds, cpu, cpu * 1000 / rows, load(), exit,
                    printed.lines().filter(l -> l.contains("written")).findFirst().orElse(printed.length() > 300
                            ? printed.substring(0, 300) : printed));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("IMPORT-BENCH heap after the import and a GC: %d MB used of %d MB max%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            printed.lines().filter(l -> l.startsWith("row ")).limit(5)
                    .forEach(l -> System.out.println("IMPORT-BENCH refused " + l));
        }
    }

    /** CPU time of the whole JVM (server and harness are one process), the load-independent figure. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String load() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private JsonNode upload(RestClient http, Path file, boolean dryRun) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        String body = http.post().uri("/api/v1/imports/trips?dryRun=" + dryRun)
                .headers(h -> h.setBasicAuth(TestUsers.GS_CLERK, TestUsers.PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(String.class);
        return new ObjectMapper().readTree(body);
    }
}
