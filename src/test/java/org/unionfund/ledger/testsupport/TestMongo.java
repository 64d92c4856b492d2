package org.unionfund.ledger.testsupport;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Fresh MongoDB databases for tests, over a real socket and the real driver.
 * <p>
 * By default an embedded, in-memory MongoDB-wire server is started once per JVM. If the system property
 * {@code ledger.mongo.uri} or the environment variable {@code LEDGER_MONGO_URI} is set, that MongoDB is used instead,
 * with the same write and read concerns as the application (majority, journaled).
 * <pre>
 * MongoDatabase db = TestMongo.freshDatabase(MyTest.class);   // empty, unique name
 * MongoClient node2 = TestMongo.newClient();                  // a second connection pool; close it yourself
 * </pre>
 * Databases are not dropped afterwards: the embedded server dies with the JVM, and on a real MongoDB the names carry
 * a random suffix so runs never collide.
 */
public final class TestMongo {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private TestMongo() {
    }

    /** The configured real MongoDB URI, or {@code null} for the embedded server. */
    public static String configuredUri() {
        String uri = System.getProperty("ledger.mongo.uri");
        if (isBlank(uri)) {
            uri = System.getenv("LEDGER_MONGO_URI");
        }
        return isBlank(uri) ? null : uri;
    }

    public static boolean usesRealMongo() {
        return configuredUri() != null;
    }

    public static String connectionString() {
        String uri = configuredUri();
        return uri != null ? uri : Embedded.SERVER.connectionString();
    }

    /** The shared client of this JVM. Do not close it. */
    public static MongoClient client() {
        return Shared.CLIENT;
    }

    /** A client with its own connections, e.g. to play a second application node. The caller closes it. */
    public static MongoClient newClient() {
        var builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS));
        if (usesRealMongo()) {
            builder.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
        }
        return MongoClients.create(builder.build());
    }

    /** An empty database with a name no other test (or run) uses. */
    public static MongoDatabase freshDatabase(Class<?> owner) {
        return freshDatabase(client(), owner);
    }

    /** As {@link #freshDatabase(Class)}, through the given client. */
    public static MongoDatabase freshDatabase(MongoClient client, Class<?> owner) {
        String name = owner.getSimpleName();
        name = "t_" + name.substring(0, Math.min(name.length(), 40)) + '_' + RUN + '_' + COUNTER.incrementAndGet();
        MongoDatabase database = client.getDatabase(name);
        database.drop();
        return database;
    }

    /** Durability matching {@link #client()}: the in-memory server and a real MongoDB need no explicit flush. */
    public static Durability durability() {
        return Durability.SERVER_MANAGED;
    }

    private static boolean isBlank(String value) {
        // An unset ${env.LEDGER_MONGO_URI} reaches surefire's system properties literally.
        return value == null || value.isBlank() || value.startsWith("${");
    }

    private static final class Embedded {
        static final EmbeddedMongo SERVER = start();

        private static EmbeddedMongo start() {
            EmbeddedMongo server = EmbeddedMongo.inMemory(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mongo-shutdown"));
            return server;
        }
    }

    private static final class Shared {
        static final MongoClient CLIENT = newClient();
    }
}
