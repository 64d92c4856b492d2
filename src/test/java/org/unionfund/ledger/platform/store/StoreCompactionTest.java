package org.unionfund.ledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;

/**
 * The embedded file store stays proportional to its live data under the ledger's kind of writes (small appends
 * and rewrites, each made durable on its own): without compaction every such write leaves a mostly dead chunk
 * behind and the file grows with the number of writes, not with the data (14 % live, 8 times the live data for the
 * first test before compaction existed). A store bloated that way is compacted when it is opened.
 */
class StoreCompactionTest {

    private static final int COMMANDS = 600;
    private static final int APPENDS = 10;
    // no wait on the retention time: chunks may be rewritten and reused as soon as they are no longer read
    private static final CompactionSettings SETTINGS = CompactionSettings.DEFAULT.withRetention(Duration.ZERO);
    // as the store was before compaction existed: never compacted, dead chunks kept for 45 s
    private static final CompactionSettings NEVER = new CompactionSettings(0, 0, Duration.ofSeconds(45), Duration.ZERO);

    @Test
    void appendingAndRewritingKeepsTheFileWithinThreeTimesItsLiveData(@TempDir Path dataDir) throws Exception {
        long onlineSize;
        int onlineFillRate;
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0, SETTINGS);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            // queries run while chunks are rewritten and reused: each must see whole, current documents
            MongoCollection<Document> documents = client.getDatabase("ledger").getCollection("documents");
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Integer> reads = CompletableFuture.supplyAsync(() -> {
                int scans = 0;
                do {
                    documents.find().forEach(read -> assertThat(read).isEqualTo(
                            document(read.getInteger("_id"), read.getInteger("round"))));
                    scans++;
                } while (writing.get());
                return scans;
            });
            try {
                write(mongo);
            } finally {
                writing.set(false);
            }
            assertThat(reads.get()).isPositive();
            onlineSize = Files.size(mongo.file());
            onlineFillRate = mongo.compaction().chunksFillRate();
        }
        long live = liveDataSize(dataDir.resolve(EmbeddedMongo.STORE_FILE));

        assertThat(onlineFillRate).as("chunks fill rate while online").isGreaterThanOrEqualTo(40);
        assertThat(onlineSize).as("file size while online, live data %,d bytes", live).isLessThanOrEqualTo(3 * live);
        assertIntactAfterReopening(dataDir, SETTINGS);
    }

    @Test
    void aStoreBloatedBeforeCompactionExistedIsCompactedWhenOpened(@TempDir Path dataDir) throws Exception {
        long bloated;
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0, NEVER)) {
            write(mongo);
            bloated = Files.size(mongo.file());
        }
        long live = liveDataSize(dataDir.resolve(EmbeddedMongo.STORE_FILE));
        assertThat(bloated).as("the store as it was, live data %,d bytes", live).isGreaterThan(5 * live);

        // a budget that only bounds the wait: compaction at open ends when nothing is left to do
        CompactionSettings patient = SETTINGS.withTimeBudget(Duration.ofMinutes(10));
        try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0, patient)) {
            assertThat(reopened.compaction().chunksFillRate()).isGreaterThanOrEqualTo(SETTINGS.targetFillRate());
            assertThat(Files.size(reopened.file())).as("live data %,d bytes", live).isLessThanOrEqualTo(2 * live);
        }
        assertIntactAfterReopening(dataDir, SETTINGS);
    }

    private static void write(EmbeddedMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("ledger").getCollection("documents");
            documents.createIndex(new Document("round", 1).append("_id", 1));
            for (int command = 0; command < COMMANDS; command++) {
                documents.bulkWrite(appendAndRewrite(command));
            }
        }
    }

    private static void assertIntactAfterReopening(Path dataDir, CompactionSettings settings) {
        try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0, settings);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("ledger").getCollection("documents");
            assertThat(documents.countDocuments()).isEqualTo((long) COMMANDS * APPENDS);
            for (int id = 0; id < COMMANDS * APPENDS; id += 97) {
                assertThat(documents.find(Filters.eq("_id", id)).first()).isEqualTo(expected(id));
            }
            assertThat(documents.listIndexes()).hasSize(2);
        }
    }

    /**
     * One command as the ledger's writes look to the store: a few new documents appended (events) and one older
     * document rewritten (a projection or a tracking token), which leaves most of each chunk dead soon after.
     */
    private static List<WriteModel<Document>> appendAndRewrite(int command) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int id = command * APPENDS; id < (command + 1) * APPENDS; id++) {
            writes.add(new InsertOneModel<>(document(id, 0)));
        }
        if (command > 0) {
            int rewritten = rewritten(command);
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", rewritten), document(rewritten, command)));
        }
        return writes;
    }

    private static int rewritten(int command) {
        return (int) ((command * 7919L) % (command * APPENDS));
    }

    /** The last version of a document: the last command that rewrote it, else its first. */
    private static Document expected(int id) {
        int round = 0;
        for (int command = 1; command < COMMANDS; command++) {
            if (rewritten(command) == id) {
                round = command;
            }
        }
        return document(id, round);
    }

    private static Document document(int id, int round) {
        return new Document("_id", id).append("round", round).append("payload", ("r" + round + "-" + id + "-")
                .repeat(20));
    }

    /** The size of a copy holding only the live data of the (closed) store file. */
    private static long liveDataSize(Path file) throws Exception {
        Path copy = file.resolveSibling("live-copy.mv.db");
        MVStoreTool.compact(file.toString(), copy.toString(), false);
        try {
            return Files.size(copy);
        } finally {
            Files.delete(copy);
        }
    }
}
