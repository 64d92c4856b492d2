package org.unionfund.ledger.platform.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Makes every write the embedded server executes durable before it is acknowledged, whoever sent it. Writes run
 * concurrently under the read lock; a flush (commit and fsync of the file store) takes the write lock, so it never
 * persists half of a write. Writers that finish while a flush runs are covered together by the next one.
 */
final class GroupCommit {

    private final Runnable flush;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object flushing = new Object();
    private long finished;
    private long flushed;

    GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    /** Runs a write, then returns once a flush that began after it finished has completed (also if it failed). */
    <T> T durably(Supplier<T> write) {
        long ticket;
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            synchronized (this) {
                ticket = ++finished;
            }
            lock.readLock().unlock();
            flushUpTo(ticket);
        }
    }

    private void flushUpTo(long ticket) {
        synchronized (flushing) {
            synchronized (this) {
                if (flushed >= ticket) {
                    return;
                }
            }
            lock.writeLock().lock();
            try {
                long upTo;
                synchronized (this) {
                    upTo = finished;
                }
                flush.run();
                synchronized (this) {
                    flushed = upTo;
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
    }
}
