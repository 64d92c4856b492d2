package org.unionfund.ledger.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time spent by this JVM and by the forked MongoDB-wire server (if any) between {@link #start} and
 * {@link #seconds}: a figure that other load on the machine does not inflate the way it inflates wall time.
 */
final class CpuClock {

    private final Process server;
    private final long ownStart;
    private final long serverStart;

    private CpuClock(Process server) {
        this.server = server;
        this.ownStart = own();
        this.serverStart = server(server);
    }

    static CpuClock start(Process server) {
        return new CpuClock(server);
    }

    /** CPU seconds of this JVM and of the server since the start. */
    double[] seconds() {
        return new double[] {(own() - ownStart) / 1e9, (server(server) - serverStart) / 1e9};
    }

    /** "harness x s + server y s CPU" for a table cell. */
    String describe() {
        double[] s = seconds();
        return server == null ? String.format("CPU %.0f s", s[0])
                : String.format("CPU %.0f s harness + %.0f s server", s[0], s[1]);
    }

    /** CPU nanoseconds this JVM has spent so far. */
    static long own() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long server(Process server) {
        return server == null ? 0 : server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
