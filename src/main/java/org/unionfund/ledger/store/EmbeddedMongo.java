package org.unionfund.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The in-process MongoDB-wire server used when no MongoDB URI is configured. It listens on 127.0.0.1 so the
 * application talks to it through the very same driver code as to a real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    public static final String STORE_FILE = "ledger.mv.db";

    private final MongoServer server;
    private final MVStore mvStore;
    private final String connectionString;
    private final Path file;

    private EmbeddedMongo(MongoBackend backend, MVStore mvStore, Path file, int port) {
        this.mvStore = mvStore;
        this.file = file;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        var address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    /** A file-backed server whose store lives in {@code dataDir}; auto-commit is off, see {@link MvStoreDurability}. */
    public static EmbeddedMongo fileBacked(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(STORE_FILE).toAbsolutePath();
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        EmbeddedMongo mongo = new EmbeddedMongo(new H2Backend(mvStore), mvStore, file, port);
        log.info("Store: embedded MongoDB-wire server at {}, file-backed: {}", mongo.connectionString, file);
        return mongo;
    }

    public static EmbeddedMongo inMemory(int port) {
        EmbeddedMongo mongo = new EmbeddedMongo(new MemoryBackend(), null, null, port);
        log.info("Store: embedded MongoDB-wire server at {}, in memory (nothing survives a restart)",
                mongo.connectionString);
        return mongo;
    }

    public String connectionString() {
        return connectionString;
    }

    public Durability durability() {
        return mvStore == null ? Durability.SERVER_MANAGED : new MvStoreDurability(mvStore);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (mvStore != null && !mvStore.isClosed()) {
            mvStore.close();
        }
    }
}
