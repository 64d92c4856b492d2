package org.unionfund.ledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Another local process cannot read or write the embedded store; a second instance on its directory is refused. */
@ExtendWith(OutputCaptureExtension.class)
class PrivateEmbeddedStoreTest {

    @Test
    void aClientWithoutTheGeneratedCredentialsCanNeitherReadNorWrite(@TempDir Path dataDir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0);
             MongoClient owner = MongoClients.create(mongo.connectionString());
             MongoClient intruder = MongoClients.create("mongodb://" + mongo.address())) {
            owner.getDatabase("ledger").getCollection("events").insertOne(new Document("_id", 1L));

            var events = intruder.getDatabase("ledger").getCollection("events");
            assertThatThrownBy(() -> events.find().first())
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 2L)))
                    .isInstanceOf(MongoCommandException.class);
            assertThatThrownBy(() -> events.deleteMany(new Document()))
                    .isInstanceOf(MongoCommandException.class);
            assertThatThrownBy(() -> intruder.listDatabaseNames().first())
                    .isInstanceOf(MongoCommandException.class);

            assertThat(owner.getDatabase("ledger").getCollection("events").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aGuessedPasswordIsRefused(@TempDir Path dataDir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0);
             MongoClient guesser = MongoClients.create("mongodb://ledger:guess@" + mongo.address()
                     + "/?authSource=admin&authMechanism=SCRAM-SHA-256")) {
            assertThatThrownBy(() -> guesser.getDatabase("ledger").getCollection("events").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithAClearMessage(@TempDir Path dataDir) {
        try (EmbeddedMongo first = EmbeddedMongo.fileBacked(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.fileBacked(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Welfare Fund Ledger instance")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        }
        try (EmbeddedMongo again = EmbeddedMongo.fileBacked(dataDir, 0)) {
            assertThat(again.address()).startsWith("127.0.0.1:");
        }
    }

    @Test
    void theStartUpLogSaysTheStoreIsPrivateAndNeverShowsThePassword(@TempDir Path dataDir, CapturedOutput output) {
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0)) {
            String password = mongo.connectionString().replaceAll(".*://ledger:([^@]+)@.*", "$1");
            assertThat(password).hasSizeGreaterThan(30);
            assertThat(output.getAll()).contains("private").doesNotContain(password);
        }
    }
}
