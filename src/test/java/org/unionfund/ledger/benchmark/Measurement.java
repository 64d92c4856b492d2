package org.unionfund.ledger.benchmark;

/**
 * One candidate's figures. Each phase is a {@link Rate}: operations per second and the CPU that the harness JVM and
 * the store server together spent per operation (an event, or an aggregate for the loads).
 */
public record Measurement(String candidate, Rate single, Rate bulk, Rate replay, Rate loadOne, Rate loadBatch,
                          long tokenBytes, long replayedEvents) {

    /** Per second, and CPU µs per operation; -1 means not applicable. */
    public record Rate(double perSecond, double cpuMicros) {

        static final Rate NONE = new Rate(-1, -1);

        static Rate of(long operations, long wallNanos, long cpuNanos) {
            return new Rate(operations / Math.max(1e-9, wallNanos / 1e9),
                    operations == 0 ? -1 : cpuNanos / 1e3 / operations);
        }

        String cell() {
            if (perSecond < 0) {
                return "–";
            }
            return cpuMicros < 0 ? String.format("%,.0f/s", perSecond)
                    : String.format("%,.0f/s · %,.0f µs", perSecond, cpuMicros);
        }
    }

    static String header() {
        return "| candidate | single append | bulk append | replay | load 1-event aggregate | load %s-event aggregate "
                + "| token |\n| --- | --- | --- | --- | --- | --- | --- |";
    }

    String row() {
        return String.format("| %s | %s | %s | %s | %s | %s | %s |", candidate, single.cell(), bulk.cell(),
                replay.cell(), loadOne.cell(), loadBatch.cell(), tokenBytes < 0 ? "–" : tokenBytes + " B");
    }
}
