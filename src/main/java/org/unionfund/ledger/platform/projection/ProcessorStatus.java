package org.unionfund.ledger.platform.projection;

import java.util.List;

/**
 * Where a processing group stands: its slowest segment's position against the head of the event log.
 * {@code behind} is an upper bound (global sequence numbers that failed to commit count as well).
 */
public record ProcessorStatus(String name, boolean running, boolean replaying, boolean caughtUp, long position,
                              long head, long behind, List<Segment> segments) {

    public record Segment(int id, Long position, boolean caughtUp, boolean replaying, String error) {
    }

    /** Progress of a replay in [0, 1]; 1 when caught up (also in the JSON as {@code progress}). */
    @com.fasterxml.jackson.annotation.JsonProperty("progress")
    public double progress() {
        if (caughtUp || head <= 0) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0, position) / (double) head);
    }
}
