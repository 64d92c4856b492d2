package org.unionfund.ledger.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.audit.chain.ChainFixture.event;
import static org.unionfund.ledger.audit.chain.ChainFixture.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoClient;

/**
 * Two application instances (own clients, own engines) append to one store at once, each with several threads, to
 * shared and own aggregates: every number is used once, densely, by a commit with events, and the chain verifies.
 */
class TwoWritersChainTest {

    private static final int THREADS_PER_NODE = 3;
    private static final int COMMITS_PER_THREAD = 60;

    @Test
    void concurrent_appends_of_two_engines_are_dense_without_duplicates_and_the_chain_verifies() throws Exception {
        ChainFixture store = new ChainFixture(TwoWritersChainTest.class);
        String name = store.database.getName();
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        long stored = 0;
        try (MongoClient node1 = TestMongo.newClient(); MongoClient node2 = TestMongo.newClient()) {
            List<LedgerEventStorageEngine> nodes = List.of(ChainFixture.engine(node1.getDatabase(name)),
                                                           ChainFixture.engine(node2.getDatabase(name)));
            List<Future<Long>> writers = new ArrayList<>();
            for (int thread = 0; thread < 2 * THREADS_PER_NODE; thread++) {
                LedgerEventStorageEngine node = nodes.get(thread % 2);
                String own = "own-" + thread;
                writers.add(pool.submit(() -> append(node, own)));
            }
            for (Future<Long> writer : writers) {
                stored += writer.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long expected = 1;
        for (CommitRecord commit : store.log.read(1, (int) stored + 1)) {
            assertThat(commit.first()).as("each commit starts right after the one before").isEqualTo(expected);
            assertThat(commit.events()).as("no number voided: nothing was reserved").isNotEmpty();
            for (EventRecord event : commit.events()) {
                assertThat(event.gseq()).isEqualTo(expected++);
            }
        }
        assertThat(expected - 1).isEqualTo(stored);
        assertThat(store.log.head()).isEqualTo(stored);
        VerificationResult result = store.verify();
        assertThat(result.ok()).as("%s", result.findings()).isTrue();
        assertThat(result.events()).isEqualTo(stored);
    }

    /** Appends commits of one or two events to an aggregate of its own and to a shared one; returns events stored. */
    private static long append(LedgerEventStorageEngine node, String own) {
        long stored = 0;
        long ownSeq = 0;
        for (int commit = 0; commit < COMMITS_PER_THREAD; commit++) {
            if (commit % 2 == 0) {
                node.appendEvents(events(own, ownSeq, 2));
                ownSeq += 2;
                stored += 2;
                continue;
            }
            while (true) {
                long next = node.lastSequenceNumberFor("shared").map(last -> last + 1).orElse(0L);
                try {
                    node.appendEvents(event("shared", next));
                    stored++;
                    break;
                } catch (ConcurrencyException | AggregateStreamCreationException e) {
                    Thread.onSpinWait();
                }
            }
        }
        return stored;
    }
}
