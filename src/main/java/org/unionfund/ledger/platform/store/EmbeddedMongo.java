package org.unionfund.ledger.platform.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.platform.store.h2.CompactH2Backend;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The in-process MongoDB-wire server used when no MongoDB URI is configured. It listens on 127.0.0.1 so the
 * application talks to it through the very same driver code as to a real MongoDB, and it is private: every
 * connection must authenticate (SCRAM-SHA-256) with a password generated at each start that only this process
 * knows ({@link PrivateBackend}). The connection string carrying it is never logged.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    public static final String STORE_FILE = "ledger.mv.db";
    static final String USER = "ledger";

    private final MongoServer server;
    private final StoreCompaction compaction;
    private final DataDirectoryLock lock;
    private final String address;
    private final String connectionString;
    private final Path file;

    private EmbeddedMongo(MongoBackend backend, StoreCompaction compaction, ReadPin reads, DataDirectoryLock lock,
            Path file, int port) {
        this.compaction = compaction;
        this.lock = lock;
        this.file = file;
        String password = newPassword();
        GroupCommit commit = compaction == null ? null : new GroupCommit(compaction::flush);
        this.server = new MongoServer(new PrivateBackend(backend, new ScramServer(USER, password), commit, reads));
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("The embedded store cannot listen on 127.0.0.1:" + port + " (" + e
                    .getMessage() + "): another instance probably holds that port. The embedded store is "
                    + "single-node; see docs/security.md for running several instances on a MongoDB replica set.", e);
        }
        int bound = server.getLocalAddress().getPort();
        this.address = "127.0.0.1:" + bound;
        this.connectionString = "mongodb://" + USER + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "@" + address + "/?authSource=admin&authMechanism=" + ScramServer.MECHANISM;
    }

    /** A file-backed server whose store lives in {@code dataDir}; a second one on the same directory is refused. */
    public static EmbeddedMongo fileBacked(Path dataDir, int port) {
        return fileBacked(dataDir, port, CompactionSettings.DEFAULT);
    }

    static EmbeddedMongo fileBacked(Path dataDir, int port, CompactionSettings settings) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        Path file = dataDir.resolve(STORE_FILE).toAbsolutePath();
        MVStore mvStore = null;
        MongoBackend backend;
        StoreCompaction compaction;
        try {
            mvStore = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
            // The backend first: it opens the library's maps with the store's data types; compaction then opens
            // the rest by name, with H2's default type, which could not read a value the store's types wrote.
            backend = new CompactH2Backend(mvStore);
            compaction = new StoreCompaction(mvStore, settings);
            compaction.atOpen();
        } catch (RuntimeException e) {
            if (mvStore != null) {
                mvStore.closeImmediately();
            }
            lock.close();
            throw e;
        }
        EmbeddedMongo mongo = new EmbeddedMongo(backend, compaction, new ReadPin(mvStore), lock, file, port);
        log.info("Store: embedded MongoDB-wire server at {}, file-backed: {}; private: credentials generated at "
                + "start and known only to this process, every acknowledged write is on disk", mongo.address, file);
        return mongo;
    }

    public static EmbeddedMongo inMemory(int port) {
        EmbeddedMongo mongo = new EmbeddedMongo(new MemoryBackend(), null, null, null, null, port);
        log.info("Store: embedded MongoDB-wire server at {}, in memory (nothing survives a restart); private: "
                + "credentials generated at start and known only to this process", mongo.address);
        return mongo;
    }

    /** The URI this process connects with, credentials included: never log or print it. */
    public String connectionString() {
        return connectionString;
    }

    /** Host and port only, for messages. */
    public String address() {
        return address;
    }

    /** Every write the server acknowledges is already durable, whoever sent it ({@link GroupCommit}). */
    public Durability durability() {
        return Durability.SERVER_MANAGED;
    }

    public Path file() {
        return file;
    }

    /** Null for the in-memory store. */
    StoreCompaction compaction() {
        return compaction;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
        if (compaction != null) {
            compaction.close();
        }
        if (lock != null) {
            lock.close();
        }
    }

    private static String newPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
