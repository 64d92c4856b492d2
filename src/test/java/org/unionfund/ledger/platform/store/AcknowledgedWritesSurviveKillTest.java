package org.unionfund.ledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Writes that a client other than the owning JVM's own event store sends (plain inserts and updates, four threads)
 * are durable once acknowledged: the server process is killed (SIGKILL) in the middle of them, and after reopening
 * its files every acknowledged write is there.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final int ACKS_BEFORE_KILL = 400;
    private static final int THREADS = 4;

    @Test
    void everyAcknowledgedWriteOfAnyClientSurvivesAKill(@TempDir Path dataDir) throws Exception {
        Path errors = Files.createTempFile("store-server", ".err");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StoreServerMain.class.getName(),
                dataDir.toString()).redirectError(errors.toFile()).start();
        Set<Long> inserted = ConcurrentHashMap.newKeySet();
        Set<Long> updated = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            String uri = out.readLine();
            while (uri != null && !uri.startsWith("URI ")) {
                uri = out.readLine();
            }
            assertThat(uri).as("server start-up, see %s", errors).startsWith("URI ");
            MongoClient client = MongoClients.create(uri.substring(4));
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            for (int t = 0; t < THREADS; t++) {
                long base = t * 1_000_000L;
                Thread writer = new Thread(() -> {
                    try {
                        for (long i = base; ; i++) {
                            docs.insertOne(new Document("_id", i).append("v", 0));
                            inserted.add(i);
                            docs.updateOne(new Document("_id", i), new Document("$set", new Document("v", 1)));
                            updated.add(i);
                            enough.countDown();
                        }
                    } catch (RuntimeException killed) {
                        // The server died under us: this write was never acknowledged.
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("writes acknowledged before the hang guard").isTrue();
            server.destroyForcibly();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            client.close();
        }
        Set<Long> acknowledgedInserts = new HashSet<>(inserted);
        Set<Long> acknowledgedUpdates = new HashSet<>(updated);
        try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            Set<Long> stored = new HashSet<>();
            Set<Long> storedUpdated = new HashSet<>();
            for (Document doc : docs.find()) {
                stored.add(doc.getLong("_id"));
                if (doc.getInteger("v") == 1) {
                    storedUpdated.add(doc.getLong("_id"));
                }
            }
            assertThat(acknowledgedInserts).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(stored).containsAll(acknowledgedInserts);
            assertThat(storedUpdated).containsAll(acknowledgedUpdates);
        }
    }
}
