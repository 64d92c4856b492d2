package org.unionfund.ledger.statistics.coverage;

/**
 * An open-addressing set of long hashes (8 bytes per entry at most twice over), used in a single-writer rebuild to
 * know which worker documents exist without asking the store. Once {@link #invalidate() invalidated} (a failed
 * batch) it is no longer {@link #trusted()} and every worker document is looked up again.
 */
final class LongHashSet {

    private static final long EMPTY = 0;
    private long[] table = new long[1 << 16];
    private int size;
    private boolean hasZero;
    private boolean trusted = true;

    void add(long value) {
        if (value == EMPTY) {
            hasZero = true;
            return;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        size++;
    }

    boolean contains(long value) {
        if (value == EMPTY) {
            return hasZero;
        }
        int mask = table.length - 1;
        int i = mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    boolean trusted() {
        return trusted;
    }

    void invalidate() {
        trusted = false;
    }

    void clear() {
        table = new long[1 << 16];
        size = 0;
        hasZero = false;
        trusted = true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
