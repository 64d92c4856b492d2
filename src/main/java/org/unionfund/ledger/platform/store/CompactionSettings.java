package org.unionfund.ledger.platform.store;

import java.time.Duration;

/**
 * How the embedded file store is kept proportional to its live data ({@link StoreCompaction}).
 *
 * @param targetFillRate   below this share (percent) of live data in the file's chunks, flushes rewrite chunks
 * @param bytesPerFlush    at most this much live data is rewritten by one flush, so no flush pauses writers long
 * @param retention        how long a chunk is kept unchanged after it was written; readers are protected by
 *                         {@link ReadPin} whatever the value, and every commit is fsynced
 * @param timeBudget       at most this long compacting a bloated store when it is opened
 */
record CompactionSettings(int targetFillRate, int bytesPerFlush, Duration retention, Duration timeBudget) {

    static final CompactionSettings DEFAULT =
            new CompactionSettings(60, 1 << 20, Duration.ofSeconds(1), Duration.ofSeconds(30));

    CompactionSettings withRetention(Duration retention) {
        return new CompactionSettings(targetFillRate, bytesPerFlush, retention, timeBudget);
    }

    CompactionSettings withTimeBudget(Duration timeBudget) {
        return new CompactionSettings(targetFillRate, bytesPerFlush, retention, timeBudget);
    }
}
