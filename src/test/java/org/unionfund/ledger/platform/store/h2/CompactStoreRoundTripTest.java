package org.unionfund.ledger.platform.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Through the real driver: what the file store writes comes back after closing and reopening it. */
class CompactStoreRoundTripTest {

    @Test
    void everyValueTypeAndTheUniqueIndexSurviveClosingAndReopening(@TempDir Path dir) {
        Document written = everyType(new ObjectId());
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dir, 0); MongoClient client = client(mongo)) {
            MongoCollection<Document> items = items(client);
            items.createIndex(Indexes.ascending("fund", "year"), new IndexOptions().unique(true));
            items.insertOne(written);
            items.insertOne(new Document("_id", "plain-id").append("fund", "f-2").append("year", 2025L));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dir, 0); MongoClient client = client(mongo)) {
            MongoCollection<Document> items = items(client);
            assertThat(items.find(new Document("_id", written.get("_id"))).first()).isEqualTo(written);
            assertThat(items.find(new Document("fund", "f-2").append("year", 2025L)).first())
                    .containsEntry("_id", "plain-id");
            assertDuplicateRefused(items, new Document("fund", "f-1").append("year", 2025L));
            items.insertOne(new Document("fund", "f-1").append("year", 2026L));
            assertThat(items.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void aStoreWrittenWithJavaSerialisationStillReadsAndTakesNewWrites(@TempDir Path dir) {
        Document old = everyType(new ObjectId());
        MVStore store = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.STORE_FILE).toString()).open();
        MongoServer server = new MongoServer(new H2Backend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create(settings("mongodb://127.0.0.1:" + address.getPort()))) {
            MongoCollection<Document> items = items(client);
            items.createIndex(Indexes.ascending("fund", "year"), new IndexOptions().unique(true));
            items.insertOne(old);
            for (long year = 2000; year < 2100; year++) {
                items.insertOne(new Document("fund", "f-old").append("year", year));
            }
        }
        server.shutdownNow();
        store.close();

        Document added = everyType(new ObjectId()).append("fund", "f-new");
        for (int run = 0; run < 2; run++) {
            try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dir, 0); MongoClient client = client(mongo)) {
                MongoCollection<Document> items = items(client);
                assertThat(items.find(new Document("_id", old.get("_id"))).first()).isEqualTo(old);
                assertDuplicateRefused(items, new Document("fund", "f-old").append("year", 2050L));
                if (run == 0) {
                    items.insertOne(added);
                } else {
                    assertThat(items.find(new Document("_id", added.get("_id"))).first()).isEqualTo(added);
                }
                assertDuplicateRefused(items, new Document("fund", "f-new").append("year", 2025L));
                assertThat(items.countDocuments()).isEqualTo(102);
            }
        }
    }

    private static Document everyType(ObjectId id) {
        return new Document("_id", id).append("fund", "f-1").append("year", 2025L).append("name", "困难职工 帮扶")
                .append("count", 7).append("rate", 0.125).append("price", Decimal128.parse("12.50"))
                .append("active", true).append("at", new Date(1_765_152_000_123L))
                .append("nested", new Document("fen", 1_000_000_000_000L).append("deep", new Document("k", "v")))
                .append("list", new ArrayList<>(List.of("a", 2L, new Document("x", 1))))
                .append("nothing", null).append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("uuid", UUID.fromString("0b7b3b1e-7b46-4c8a-9b8f-3c9d2a1e4f55")).append("ref", new ObjectId());
    }

    private static void assertDuplicateRefused(MongoCollection<Document> items, Document duplicate) {
        assertThatThrownBy(() -> items.insertOne(duplicate)).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCode()).isEqualTo(11000));
    }

    private static MongoCollection<Document> items(MongoClient client) {
        return client.getDatabase("ledger").getCollection("items");
    }

    private static MongoClient client(EmbeddedMongo mongo) {
        return MongoClients.create(settings(mongo.connectionString()));
    }

    private static MongoClientSettings settings(String uri) {
        return MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD).build();
    }
}
