package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Kills (SIGKILL) a process that is appending to the file-backed embedded server and checks, after reopening the
 * files, that every acknowledged commit survived and no commit survived in part. The kill comes after a count of
 * acknowledged writes, however long they take; only a writer that acknowledges nothing for {@link #HANG_GUARD}
 * is taken for hung.
 */
class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 300;
    /** Hang guard only: no ack for this long means the writer is stuck, not slow. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);

    @RepeatedTest(2)
    void acknowledgedCommitsSurviveAKillAndNoneSurvivesInPart(@TempDir Path dataDir) throws Exception {
        Path childErrors = Files.createTempFile("crash-writer", ".err");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), dataDir.toString(), "2")
                .redirectError(childErrors.toFile())
                .start();
        AtomicLong lastAck = new AtomicLong(System.nanoTime());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastAck.get() > HANG_GUARD.toNanos()) {
                child.destroyForcibly();
            }
        }, 1, 1, TimeUnit.SECONDS);
        Map<String, Long> acknowledged = new HashMap<>();
        int acks = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("ACK ")) {
                    continue;
                }
                lastAck.set(System.nanoTime());
                String[] parts = line.split(" ");
                acknowledged.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                if (++acks == ACKS_BEFORE_KILL) {
                    // Killing closes our end of the pipe too; acks still in it are simply not checked.
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            watchdog.shutdownNow();
            child.destroyForcibly();
            assertThat(child.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acks).as("acks before the writer ended or hung; child stderr:%n%s", Files.readString(childErrors))
                        .isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        Files.deleteIfExists(childErrors);

        try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoDatabase database = client.getDatabase(CrashWriterMain.DATABASE);
            LedgerEventStorageEngine engine = Fixture.engine(database).durability(reopened.durability()).build();

            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                List<Long> stream = Fixture.sequenceNumbers(engine, ack.getKey(), 0);
                assertThat(stream).as("stream of %s", ack.getKey())
                                  .containsExactlyElementsOf(range(stream.size()));
                assertThat(stream.size() - 1L).as("last of %s", ack.getKey()).isGreaterThanOrEqualTo(ack.getValue());
                assertThat(stream.size() % CrashWriterMain.EVENTS_PER_COMMIT).isZero();
            }
            long stored = 0;
            for (Document commit : database.getCollection("events").find()) {
                List<Document> events = commit.getList("events", Document.class);
                long first = commit.getLong("_id");
                assertThat(events).hasSize((int) (commit.getLong("last") - first + 1));
                assertThat(events.stream().map(event -> event.getLong("gseq")))
                        .containsExactlyElementsOf(LongStream.range(first, first + events.size()).boxed().toList());
                assertThat(commit.getList("aggKeys", String.class)).hasSize(events.size());
                stored += events.size();
            }
            assertThat(Fixture.track(engine, null)).hasSize((int) stored);

            String survivor = acknowledged.keySet().iterator().next();
            long next = engine.lastSequenceNumberFor(survivor).orElseThrow() + 1;
            engine.appendEvents(Fixture.events(survivor, next, 3));
            assertThat(engine.lastSequenceNumberFor(survivor)).contains(next + 2);
        }
    }

    private static List<Long> range(int size) {
        return LongStream.range(0, size).boxed().collect(Collectors.toList());
    }
}
