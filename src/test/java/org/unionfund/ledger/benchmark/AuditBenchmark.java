package org.unionfund.ledger.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.audit.asof.AsOfAnswer;
import org.unionfund.ledger.audit.asof.AsOfCut;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.VerificationResult;
import org.unionfund.ledger.audit.exchange.ExportSummary;
import org.unionfund.ledger.audit.exchange.ImportResult;
import org.unionfund.ledger.audit.log.EventFilter;
import org.unionfund.ledger.audit.log.EventLogPage;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.store.Durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The audit benchmark harness (not a test): a Zhejiang-shaped log of about N events ({@link ZhejiangGenerator})
 * appended through {@link LedgerEventStorageEngine} (so the hash chains are the real ones), then, with the production
 * audit code ({@link AuditStack}, {@link AsOfStack}):
 * <ol>
 * <li>full chain verification (no checkpoints yet), events/s and heap;</li>
 * <li>sealing checkpoints over the whole log;</li>
 * <li>verification again, now also recomputing every checkpoint (what a digest check costs);</li>
 * <li>the event log paged through from the start, unfiltered and with a type filter;</li>
 * <li>an as-of replay at the middle of the log: the shadow read model of every rebuildable projection;</li>
 * <li>NDJSON export to a file (events/s, bytes), import into an empty database (which verifies what it imported;
 * the source database is dropped first, so the server holds one copy of the log at a time), and the imported store
 * exported again: all three digests must be equal.</li>
 * </ol>
 * The MongoDB-wire server runs in a child JVM by default, so the heap figures are the audit code's alone.
 *
 * <pre>
 * mvn -Pbench verify -Dbench.main=org.unionfund.ledger.benchmark.AuditBenchmark -Dbench.heap=-Xmx2g \
 *     -Dbench.args="--events 1000000 --server-heap 10g"
 * options: --events N (1,000,000)  --backend memory|file  --server fork|inprocess  --server-heap 10g
 *          --export-dir DIR (a temporary directory)  --skip-as-of
 * </pre>
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        String backend = options.getOrDefault("backend", "memory");
        System.out.println("load average at start: " + AuditTable.loadAverages());
        BenchStore server = BenchStore.start(options.getOrDefault("server", "fork"), backend,
                options.getOrDefault("server-heap", "10g"), "audit-bench");
        Path exportDir = options.containsKey("export-dir") ? Path.of(options.get("export-dir"))
                : Files.createTempDirectory("audit-bench-export");
        Path export = exportDir.resolve("ledger-" + System.currentTimeMillis() + ".ndjson");
        AuditTable table = new AuditTable();
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Serializer serializer = JacksonSerializer.builder().objectMapper(json).build();
            long stamp = System.currentTimeMillis();
            MongoDatabase db = client.getDatabase("auditbench_" + stamp);
            LedgerEventStorageEngine engine = storageEngine(db, serializer);
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

            AuditTable.Timing t = table.start();
            ZhejiangGenerator generator = new ZhejiangGenerator(engine, events, 42);
            generator.generate(System.out::println);
            table.add("generate: append through LedgerEventStorageEngine (hash chains)", t, generator.events,
                    "events", String.format("%,d commits, %,d trips", generator.commits, generator.trips));

            AuditStack audit = new AuditStack(db, store, json);
            long head = audit.log.head();

            t = table.start();
            VerificationResult verified = audit.verifier.verify(null, null).result();
            require(verified.ok(), "verification failed: " + verified.first());
            table.add("verify: every event, chain link and commit hash (no checkpoints yet)", t, verified.events(),
                    "events", String.format("ok, %,d commits, %d warnings", verified.commits(),
                            verified.warningCount()));

            t = table.start();
            var sealed = audit.sealer.sealAll();
            long sealedTo = sealed.isEmpty() ? 0 : sealed.get(sealed.size() - 1).to();
            long sealedCommits = sealed.stream().mapToLong(Checkpoint::commits).sum();
            table.add("seal: checkpoints over the whole log (commit headers only)", t, sealedTo, "events",
                    String.format("%d checkpoints of ≤ %,d numbers, %,d commits, sealed to %,d of %,d",
                            sealed.size(), AuditStack.PROPERTIES.checkpointMaxSpan(), sealedCommits, sealedTo, head));

            t = table.start();
            verified = audit.verifier.verify(null, null).result();
            require(verified.ok(), "verification after sealing failed: " + verified.first());
            table.add("verify again: also every checkpoint recomputed (= digest check)", t, verified.events(),
                    "events", String.format("ok, %d checkpoints checked", verified.checkpoints()));

            eventLog(table, audit, EventFilter.NONE, "event log: pages of 1000 from the start, unfiltered");
            eventLog(table, audit, new EventFilter(null, null, "TripSettledEvent", null, null),
                    "event log: the whole log, type=TripSettledEvent");

            if (!options.containsKey("skip-as-of")) {
                asOf(table, db, store, json, head);
            }

            t = table.start();
            ExportSummary exported;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16)) {
                exported = audit.exporter.export(null, out, null);
            }
            long bytes = Files.size(export);
            table.add("export: NDJSON to a file", t, exported.events(), "events", String.format(
                    "%,d B (%.0f B/event), %,d commits, %d checkpoints", bytes, bytes / (double) exported.events(),
                    exported.commits(), exported.checkpoints()));

            // One copy of the log in the server at a time: the embedded memory backend holds it all on its heap.
            db.drop();
            MongoDatabase empty = client.getDatabase("auditbench_import_" + stamp);
            AuditStack target = new AuditStack(empty, EmbeddedEventStore.builder()
                    .storageEngine(storageEngine(empty, serializer)).build(), json);
            t = table.start();
            ImportResult imported;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(export), 1 << 16)) {
                imported = target.importer.importFrom(in);
            }
            require(imported.digest().equals(exported.digest()), "import digest " + imported.digest()
                    + " differs from the export's " + exported.digest());
            table.add("import into an empty database (incl. its verification of the imported store)", t,
                    imported.events(), "events", String.format("digest matches the export's (%s…); "
                            + "its verification took %.1f s", exported.digest().substring(0, 16),
                            imported.verification().millis() / 1000.0));

            t = table.start();
            ExportSummary again = target.exporter.export(null, OutputStream.nullOutputStream(), null);
            require(again.digest().equals(exported.digest()), "re-export digest " + again.digest()
                    + " differs from the export's " + exported.digest());
            table.add("re-export of the imported store (digest only)", t, again.events(), "events",
                    "digest identical: byte-for-byte the same export");

        } finally {
            Files.deleteIfExists(export);
            if (!options.containsKey("export-dir")) {
                Files.deleteIfExists(exportDir);
            }
            server.close();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println();
        System.out.printf("Audit benchmark: %,d events requested, embedded %s server %s; %d cores, harness max heap "
                + "%d MB, Java %s; load average at the end %s%n", events, backend,
                server.forked() != null ? "in a separate JVM (-Xmx" + options.getOrDefault("server-heap", "10g")
                        + ")" : "in this JVM", rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("java.version"), AuditTable.loadAverages());
        System.out.println();
        table.print();
        System.exit(0);
    }

    /** Pages through the whole event log from the start with the given filter. */
    private static void eventLog(AuditTable table, AuditStack audit, EventFilter filter, String what) {
        AuditTable.Timing t = table.start();
        long after = 0;
        long listed = 0;
        long pages = 0;
        EventLogPage page;
        do {
            page = audit.eventLog.page(filter, after, 1000);
            listed += page.events().size();
            after = page.next();
            pages++;
        } while (page.more());
        table.add(what, t, audit.log.head(), "events", String.format("%,d events listed in %,d requests (a request "
                + "scans ≤ 64 windows of 256); rate = log scanned", listed, pages));
    }

    /** An as-of replay at the middle of the log into fresh shadow collections of every rebuildable projection. */
    private static void asOf(AuditTable table, MongoDatabase db, EmbeddedEventStore store, ObjectMapper json,
            long head) {
        try (AsOfStack asOf = new AsOfStack(db, store, json)) {
            var entries = asOf.registry.all();
            long rebuildable = entries.stream().filter(e -> e.rebuildable()).count();
            entries.stream().filter(e -> !e.rebuildable()).forEach(e -> System.out.println(
                    "as-of: projection " + e.name() + " is not rebuildable: " + e.problem()));
            AuditTable.Timing t = table.start();
            AsOfCut cut = asOf.replays.cut(String.valueOf(head / 2), null, null);
            AsOfAnswer<MongoDatabase> answer = asOf.replays.view(cut);
            table.add("as-of replay at the middle of the log (shadow read model)", t, answer.replayedEvents(), "events",
                    String.format("cut at %,d of %,d; %d of %d projections", cut.sequence(), head, rebuildable,
                            entries.size()));
            t = table.start();
            AsOfAnswer<MongoDatabase> cached = asOf.replays.view(cut);
            table.add("as-of: same cut again", t, cached.cached() ? 1 : 0, "look-ups", "cached: " + cached.cached());
        }
    }

    private static LedgerEventStorageEngine storageEngine(MongoDatabase db, Serializer serializer) {
        return LedgerEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer)
                .database(db).durability(Durability.SERVER_MANAGED).build();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
