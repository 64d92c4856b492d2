package org.unionfund.ledger.platform.store;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded file store proportional to its live data. MVStore compacts only in its background writer,
 * which we disable so that no commit persists half of a Mongo write; so the flush does it instead, under
 * {@link GroupCommit}'s write lock where no write is in progress: before the commit it rewrites the live pages
 * of the emptiest chunks (they become free once that commit is durable), after it it moves chunks from the end
 * of the file into free space so the file can shrink. Each flush does an amount of this work proportional to
 * what the writes since the previous one wrote, capped by {@link CompactionSettings#bytesPerFlush()}, so a flush
 * never pauses writers for long and compaction costs at most about twice the writes it cleans up after.
 */
final class StoreCompaction {

    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);
    private static final int MIN_WORK = 64 << 10;
    private static final int WRITE_AMPLIFICATION = 2;
    private static final int OPEN_STEP = 16 << 20;
    private static final int FRUITLESS_ROUNDS = 5;
    private static final long SMALL_FILE = 1 << 20;
    private static final long RESCAN_MIN = 1 << 20;
    private static final int RESCAN_SHARE = 100;

    private final MVStore store;
    private final FileStore<?> file;
    private final CompactionSettings settings;
    private long credit;
    private long writtenSinceScan = Long.MAX_VALUE / 2;
    private int liveFillRate;

    StoreCompaction(MVStore store, CompactionSettings settings) {
        this.store = store;
        this.file = store.getFileStore();
        this.settings = settings;
        store.setRetentionTime((int) settings.retention().toMillis());
        // old versions are kept for readers that ask for them; the backend never does, ReadPin covers the others
        store.setVersionsToKeep(0);
        // pages of a map that is not open cannot be rewritten, and would pin their chunks forever
        store.getMapNames().forEach(store::openMap);
    }

    /** The flush: compaction work earned by the writes it commits, the commit, chunk moves, then fsync. */
    void flush() {
        long written = store.getUnsavedMemory();
        credit = Math.min(settings.bytesPerFlush(), credit + WRITE_AMPLIFICATION * written);
        if (credit >= MIN_WORK && liveFillRate(written) < settings.targetFillRate()) {
            store.compact(settings.targetFillRate(), (int) credit);
            credit = 0;
            writtenSinceScan = Long.MAX_VALUE / 2;
        }
        store.commit();
        if (credit >= MIN_WORK && file.getFillRate() < settings.targetFillRate()
                && file instanceof RandomAccessStore randomAccess) {
            randomAccess.compactMoveChunks(settings.targetFillRate(), credit, store);
            credit = 0;
        }
        store.sync();
    }

    /**
     * {@link LiveChunks#fillRate}, scanned again once the writes since the last scan reach 1 % of the file (at least
     * 1 MB), and at the first chance after a compaction. A scan parses every chunk's metadata under the flush's write
     * lock — about 10 ms at 3,000 chunks — so scanning at every flush made each write pay for the file's size.
     */
    private int liveFillRate(long written) {
        writtenSinceScan += written;
        if (writtenSinceScan >= Math.max(RESCAN_MIN, file.size() / RESCAN_SHARE)) {
            liveFillRate = LiveChunks.fillRate(file);
            writtenSinceScan = 0;
        }
        return liveFillRate;
    }

    /**
     * Bounded compaction of a store that is mostly dead space (written before compaction existed): rewrites the
     * emptiest chunks, then moves chunks into the freed space so the file shrinks. Nobody reads yet, so freed
     * space is reused at once.
     */
    void atOpen() {
        if (file.size() < SMALL_FILE || (LiveChunks.fillRate(file) >= settings.targetFillRate()
                && file.getFillRate() >= settings.targetFillRate())) {
            return;
        }
        long before = file.size();
        int fillBefore = chunksFillRate();
        log.info("Embedded store {}: {} MB, chunks {}% live; compacting it for at most {} s before starting",
                file.getFileName(), before >> 20, fillBefore, settings.timeBudget().toSeconds());
        long started = System.nanoTime();
        long deadline = started + settings.timeBudget().toNanos();
        // half the time for rewriting, so that moving chunks, which shrinks the file, gets the rest
        long rewriteDeadline = started + settings.timeBudget().toNanos() / 2;
        store.setRetentionTime(0);
        int best = 0;
        int fruitless = 0;
        while (System.nanoTime() - rewriteDeadline < 0 && fruitless < FRUITLESS_ROUNDS) {
            int fillRate = LiveChunks.fillRate(file);
            if (fillRate >= settings.targetFillRate() || !store.compact(settings.targetFillRate(), OPEN_STEP)) {
                break;
            }
            store.commit();
            fruitless = fillRate > best ? 0 : fruitless + 1;
            best = Math.max(best, fillRate);
        }
        store.commit();
        // a round may only fill holes near the start; the file shrinks once the chunks at its end have moved
        for (int still = 0; still < FRUITLESS_ROUNDS && file.getFillRate() < settings.targetFillRate()
                && System.nanoTime() - deadline < 0; ) {
            still = movedChunks() ? 0 : still + 1;
            store.commit();
        }
        store.setRetentionTime((int) settings.retention().toMillis());
        store.sync();
        log.info("Embedded store compacted at open in {} ms: {} MB -> {} MB, chunks {}% -> {}% live",
                (System.nanoTime() - started) / 1_000_000, before >> 20, file.size() >> 20, fillBefore,
                chunksFillRate());
    }

    /** Frees dead chunks and moves chunks toward the start of the file; true if that left more of it in use. */
    private boolean movedChunks() {
        if (!(file instanceof RandomAccessStore randomAccess)) {
            return false;
        }
        long size = file.size();
        int fillRate = file.getFillRate();
        randomAccess.compactMoveChunks(settings.targetFillRate(), OPEN_STEP, store);
        return file.size() < size || file.getFillRate() > fillRate;
    }

    /** Closes the store if the backend has not (it closes it on a normal shutdown). */
    void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }

    int chunksFillRate() {
        return file.getChunksFillRate();
    }
}
