package org.unionfund.ledger.platform.store;

import java.nio.file.Path;

/**
 * Runs only the file-backed embedded server, for {@link AcknowledgedWritesSurviveKillTest}: prints the connection
 * string (credentials included: a test child talking to its parent) and waits to be killed.
 */
public final class StoreServerMain {

    private StoreServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongo mongo = EmbeddedMongo.fileBacked(Path.of(args[0]), 0);
        System.out.println("URI " + mongo.connectionString());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
