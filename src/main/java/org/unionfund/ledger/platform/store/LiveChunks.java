package org.unionfund.ledger.platform.store;

import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;

/**
 * How full the file store's chunks are, counting only chunks that still hold live pages. MVStore's own
 * {@link FileStore#getChunksFillRate()} also counts dead chunks that wait a few versions before their space is
 * freed; right after a compaction those make the store look as empty as before, and compacting on that figure
 * rewrites the same live data again and again.
 */
final class LiveChunks {

    private static final String CHUNK = "chunk.";

    private LiveChunks() {
    }

    /** Percent of the bytes in chunks with live pages that are live (100 for an empty store). */
    static int fillRate(FileStore<?> file) {
        long total = 1;
        long live = 1;
        for (Map.Entry<String, String> entry : file.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith(CHUNK)) {
                Map<String, String> chunk = DataUtils.parseMap(entry.getValue());
                long max = DataUtils.readHexLong(chunk, "max", 0);
                long liveMax = DataUtils.readHexLong(chunk, "liveMax", max);
                if (liveMax > 0) {
                    total += max;
                    live += liveMax;
                }
            }
        }
        return (int) (100 * live / total);
    }
}
