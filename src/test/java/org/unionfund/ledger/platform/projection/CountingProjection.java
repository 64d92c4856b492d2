package org.unionfund.ledger.platform.projection;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.ReplayStatus;

/** A trivial projection for processor-control tests: counts pings, forgets them on reset. */
@ProcessingGroup(CountingProjection.GROUP)
class CountingProjection {

    static final String GROUP = "test-ping-counter";

    record Ping(int n) {
    }

    final AtomicInteger seen = new AtomicInteger();
    final AtomicInteger replayed = new AtomicInteger();

    @EventHandler
    void on(Ping ping, ReplayStatus status) {
        seen.incrementAndGet();
        if (status.isReplay()) {
            replayed.incrementAndGet();
        }
    }

    @ResetHandler
    void reset() {
        seen.set(0);
        replayed.set(0);
    }
}
