package org.unionfund.ledger.platform.eventstore;

import java.io.PrintStream;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Child process of {@link CrashDurabilityTest}: appends 3-event commits to a file-backed embedded server from
 * several threads and prints {@code ACK <aggregateId> <last seq>} after each append returns, until it is killed.
 * A failing writer ends the process at once, so the parent never waits for acks that cannot come.
 */
public final class CrashWriterMain {

    static final String DATABASE = "crash";
    static final int AGGREGATES_PER_THREAD = 10;
    static final int EVENTS_PER_COMMIT = 3;

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path dataDir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0);
        MongoClient client = MongoClients.create(mongo.connectionString());
        LedgerEventStorageEngine engine = Fixture.engine(client.getDatabase(DATABASE))
                                                 .durability(mongo.durability())
                                                 .build();
        PrintStream out = System.out;
        for (int thread = 0; thread < threads; thread++) {
            String prefix = "w" + thread + "-";
            Thread writer = new Thread(() -> {
                long[] next = new long[AGGREGATES_PER_THREAD];
                for (int round = 0; ; round++) {
                    int aggregate = round % AGGREGATES_PER_THREAD;
                    String aggregateId = prefix + aggregate;
                    engine.appendEvents(Fixture.events(aggregateId, next[aggregate], EVENTS_PER_COMMIT));
                    next[aggregate] += EVENTS_PER_COMMIT;
                    synchronized (out) {
                        out.println("ACK " + aggregateId + ' ' + (next[aggregate] - 1));
                        out.flush();
                    }
                }
            }, "writer-" + thread);
            writer.setUncaughtExceptionHandler((failed, e) -> {
                e.printStackTrace();
                Runtime.getRuntime().halt(2);
            });
            writer.start();
        }
    }
}
