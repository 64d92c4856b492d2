package org.unionfund.ledger.platform.operations;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;

/**
 * Health {@code startupCatchUp}, part of the readiness group: DOWN until start-up is over (Spring publishes
 * readiness only after every ready listener, so after the demo load) and every projection has reached the head
 * of the log as it was then; UP from then on (later lag is a metric and an alert, not a reason to stop traffic).
 */
@Component("startupCatchUp")
public class StartupCatchUpHealth implements HealthIndicator {

    private final ProcessorAdmin processors;
    private volatile long target = -1;
    private volatile boolean caughtUp;

    public StartupCatchUpHealth(ProcessorAdmin processors) {
        this.processors = processors;
    }

    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && target < 0) {
            target = processors.head();
        }
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        if (target < 0) {
            return Health.down().withDetail("waiting", "start-up (demo data load) not finished").build();
        }
        Map<String, Long> behind = new TreeMap<>();
        for (ProcessorStatus status : processors.all()) {
            if (!status.caughtUp() && status.position() < target && target > 0) {
                behind.put(status.name(), target - Math.max(0, status.position()));
            }
        }
        if (behind.isEmpty()) {
            caughtUp = true;
            return Health.up().build();
        }
        return Health.down().withDetail("catchingUp", behind).withDetail("target", target).build();
    }
}
