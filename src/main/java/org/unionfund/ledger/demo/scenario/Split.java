package org.unionfund.ledger.demo.scenario;

import java.util.ArrayList;
import java.util.List;

/** Splitting an amount by weights into parts rounded to a unit; the last part takes the rounding remainder. */
final class Split {

    private Split() {
    }

    /** Parts of {@code total} (fen) proportional to {@code weights}, each a multiple of {@code unit} but the last. */
    static List<Long> byWeight(long total, List<Integer> weights, long unit) {
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        if (sum <= 0) {
            throw new IllegalArgumentException("weights must sum to more than zero");
        }
        List<Long> parts = new ArrayList<>(weights.size());
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            long part;
            if (i == weights.size() - 1) {
                part = total - given;
            } else {
                part = Math.round((double) total * weights.get(i) / sum / unit) * unit;
            }
            parts.add(part);
            given += part;
        }
        if (parts.get(parts.size() - 1) <= 0) {
            throw new IllegalStateException("rounding left nothing for the last part");
        }
        return parts;
    }

    /** {@code fen} rounded down to a multiple of {@code unit}. */
    static long floor(long fen, long unit) {
        return fen / unit * unit;
    }
}
