package org.unionfund.ledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.platform.store.EmbeddedMongo;

/**
 * The embedded MongoDB-wire server in a process of its own (like a real MongoDB next to the application), so the
 * benchmark's heap measurements are the projections' alone. Prints {@code READY <connection string>}, serves until
 * its standard input closes (the benchmark ended), then exits.
 */
public final class BenchMongoServer {

    private BenchMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "memory";
        EmbeddedMongo mongo;
        Path dir = null;
        if (backend.equals("file")) {
            dir = Files.createTempDirectory("ledger-projection-bench");
            mongo = EmbeddedMongo.fileBacked(dir, 0);
            commitPeriodically(mongo);
        } else {
            mongo = EmbeddedMongo.inMemory(0);
        }
        System.out.println("READY " + mongo.connectionString());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the parent to go away
        }
        mongo.close();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.exit(0);
    }

    /**
     * The file backend's MVStore has auto-commit off (the application commits when an append must be durable); the
     * benchmark appends without that, so without a commit every change would stay in the heap as unsaved pages.
     */
    private static void commitPeriodically(EmbeddedMongo mongo) {
        Thread committer = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2_000);
                    mongo.durability().flush();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-mvstore-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Starts the server in a child JVM with the given heap; returns the process (its connection string first). */
    static Process fork(String backend, String heap, StringBuilder connection) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        String extra = System.getProperty("bench.server.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMongoServer.class.getName(),
                backend));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "bench-mongo-stop"));
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("READY ")) {
                connection.append(line.substring(6).trim());
                Thread drain = new Thread(() -> {
                    try {
                        while (reader.readLine() != null) {
                            // discard the server's log
                        }
                    } catch (java.io.IOException ignored) {
                        // the server ended
                    }
                }, "bench-mongo-stdout");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the benchmark's MongoDB server did not start");
    }
}
