package org.unionfund.ledger.benchmark;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.unionfund.ledger.platform.store.EmbeddedMongo;

/**
 * The MongoDB-wire server a harness measures against: forked into a child JVM (like a MongoDB next to the
 * application, so the harness's heap bounds only its own work), embedded in this JVM, or an external URI.
 */
final class BenchStore implements AutoCloseable {

    private final Process forked;
    private final EmbeddedMongo embedded;
    private final String connectionString;

    private BenchStore(Process forked, EmbeddedMongo embedded, String connectionString) {
        this.forked = forked;
        this.embedded = embedded;
        this.connectionString = connectionString;
    }

    static BenchStore external(String uri) {
        return new BenchStore(null, null, uri);
    }

    /** {@code fork} starts a child JVM with {@code heap}; anything else embeds the server here. */
    static BenchStore start(String mode, String backend, String heap, String tempPrefix) throws Exception {
        if (mode.equals("fork")) {
            StringBuilder connection = new StringBuilder();
            Process process = BenchMongoServer.fork(backend, heap, connection);
            return new BenchStore(process, null, connection.toString());
        }
        EmbeddedMongo mongo = backend.equals("file")
                ? EmbeddedMongo.fileBacked(Files.createTempDirectory(tempPrefix), 0)
                : EmbeddedMongo.inMemory(0);
        return new BenchStore(null, mongo, mongo.connectionString());
    }

    String connectionString() {
        return connectionString;
    }

    /** A client with patient timeouts (a loaded machine, a server busy with a long bulk write). */
    com.mongodb.client.MongoClient client() {
        return com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(connectionString))
                .applyToSocketSettings(b -> b.connectTimeout(120, TimeUnit.SECONDS))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.MINUTES))
                .build());
    }

    /** The child JVM, or null when the server runs in this JVM or elsewhere. */
    Process forked() {
        return forked;
    }

    String where() {
        return forked != null ? "a separate JVM" : embedded != null ? "this JVM" : "an external server";
    }

    @Override
    public void close() throws Exception {
        if (forked != null) {
            forked.getOutputStream().close();
            forked.waitFor(30, TimeUnit.SECONDS);
            forked.destroy();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
