package org.unionfund.ledger.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A throw-away PostgreSQL started by {@code src/test/bench/postgres.sh} (initdb into {@code target/}, a free loopback
 * port), for the benchmark's JDBC candidate; {@link #cpuNanos} is the CPU the server's processes spent so far.
 */
final class BenchPostgres implements AutoCloseable {

    static final Path SCRIPT = Path.of("src/test/bench/postgres.sh");

    private final Path dir;
    private final int port;
    private final long postmasterPid;

    private BenchPostgres(Path dir, int port) throws IOException {
        this.dir = dir;
        this.port = port;
        this.postmasterPid = Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
    }

    /**
     * Starts a server, or says why not and returns empty (no PostgreSQL installed: the harness skips the row).
     *
     * @param durable fsync and synchronous commit on (to set beside the file backend); off otherwise (beside the
     *                memory backend, which does not wait for a disk either)
     */
    static Optional<BenchPostgres> start(Path dir, boolean durable) throws IOException, InterruptedException {
        if (!Files.isExecutable(SCRIPT)) {
            System.out.println("PostgreSQL skipped: " + SCRIPT + " not found (run from the project directory)");
            return Optional.empty();
        }
        Process p = new ProcessBuilder("sh", SCRIPT.toString(), "start", dir.toAbsolutePath().toString(),
                durable ? "durable" : "fast").redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("READY ")) {
                    p.waitFor();
                    return Optional.of(new BenchPostgres(dir, Integer.parseInt(line.substring(6).trim())));
                }
                out.append(line).append('\n');
            }
        }
        int exit = p.waitFor();
        System.out.println("PostgreSQL skipped (postgres.sh exit " + exit + "): " + out.toString().trim());
        return Optional.empty();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=bench&reWriteBatchedInserts=true";
    }

    /** CPU of the postmaster, its live children (one backend per connection) and its reaped children, in ns. */
    long cpuNanos() {
        long ticks = ticks(postmasterPid, true);
        try (var children = ProcessHandle.of(postmasterPid).map(ProcessHandle::children)
                .orElse(java.util.stream.Stream.empty())) {
            ticks += children.mapToLong(child -> ticks(child.pid(), false)).sum();
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(3) ... utime(14) stime(15) cutime(16) cstime(17), here 0-based from 3
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withReapedChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0; // a backend that just exited: its time moves to the postmaster's reaped children
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("sh", SCRIPT.toString(), "stop", dir.toAbsolutePath().toString()).inheritIO().start()
                .waitFor();
    }
}
