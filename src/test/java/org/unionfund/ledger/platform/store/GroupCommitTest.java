package org.unionfund.ledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aWriteReturnsOnlyAfterAFlushThatCoversIt() {
        AtomicLong written = new AtomicLong();
        AtomicLong flushedUpTo = new AtomicLong();
        GroupCommit commit = new GroupCommit(() -> flushedUpTo.set(written.get()));
        for (int i = 0; i < 10; i++) {
            long value = commit.durably(written::incrementAndGet);
            assertThat(flushedUpTo.get()).isGreaterThanOrEqualTo(value);
        }
    }

    @Test
    void aFailedWriteIsFlushedToo() {
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit commit = new GroupCommit(flushes::incrementAndGet);
        try {
            commit.durably(() -> {
                throw new IllegalStateException("duplicate key");
            });
        } catch (IllegalStateException expected) {
            // the write failed, but whatever part of it was done is on disk before the error is answered
        }
        assertThat(flushes.get()).isEqualTo(1);
    }

    @Test
    void concurrentWritersAreEachCoveredAndNoFlushOverlapsAWrite() throws Exception {
        AtomicInteger inWrite = new AtomicInteger();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicLong written = new AtomicLong();
        AtomicLong flushedUpTo = new AtomicLong();
        GroupCommit commit = new GroupCommit(() -> {
            if (inWrite.get() != 0) {
                violations.add("flush during a write");
            }
            flushedUpTo.set(written.get());
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    long value = commit.durably(() -> {
                        inWrite.incrementAndGet();
                        long v = written.incrementAndGet();
                        inWrite.decrementAndGet();
                        return v;
                    });
                    if (flushedUpTo.get() < value) {
                        violations.add("acknowledged before flushed: " + value);
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertThat(violations).isEmpty();
    }
}
