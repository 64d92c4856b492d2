package org.unionfund.ledger.testsupport;

import java.time.Duration;

/**
 * How long a test waits for a condition before it takes the system for hung. Tests wait for conditions (a count, a
 * status, an element), never for a time; this bound is only a hang guard, generous enough for a machine busy with
 * other builds (docs/architecture.md, "Tests do not depend on machine speed").
 */
public final class Patience {

    public static final Duration HANG_GUARD = Duration.ofMinutes(5);

    private Patience() {
    }
}
