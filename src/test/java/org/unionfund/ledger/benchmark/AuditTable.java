package org.unionfund.ledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit benchmark's result table: one row per measurement with its count, wall time, rate, the harness heap
 * (max used, max live after a collection) and the load average before and after it, printed as it is measured and
 * again at the end.
 */
final class AuditTable {

    private final List<String> rows = new ArrayList<>();

    /** Starts timing a measurement: the load average and the heap watch are taken now. */
    Timing start() {
        return new Timing(System.nanoTime(), loadAverage(), HeapWatch.start());
    }

    record Timing(long startNanos, String loadBefore, HeapWatch heap) {
        double seconds() {
            return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        }
    }

    /** Ends a measurement of {@code count} {@code unit} and adds its row; returns the seconds it took. */
    double add(String what, Timing timing, long count, String unit, String notes) {
        double seconds = timing.seconds();
        timing.heap().stop();
        String row = String.format("| %s | %,d %s | %.1f s | %,.0f %s/s | %,d / %,d MB | %s → %s | %s |", what, count,
                unit, seconds, count / seconds, unit, timing.heap().maxUsed() >> 20, timing.heap().maxLive() >> 20,
                timing.loadBefore(), loadAverage(), notes);
        System.out.println("measured: " + row);
        rows.add(row);
        return seconds;
    }

    void print() {
        System.out.println("| measurement | count | time | rate | harness heap max used / max live | load (1 min) "
                + "before → after | notes |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
    }

    /** The 1-, 5- and 15-minute load averages ({@code /proc/loadavg}), or "?" where there is none. */
    static String loadAverages() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        return loadAverages().split(" ")[0];
    }
}
