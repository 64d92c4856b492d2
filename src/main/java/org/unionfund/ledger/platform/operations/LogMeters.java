package org.unionfund.ledger.platform.operations;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Events in the log and, per streaming processor, how far its projection is behind the head of the log. */
@Component
public record LogMeters(ProcessorAdmin processors, MeterRegistry registry) {

    public LogMeters {
        FunctionCounter.builder(LedgerMeters.EVENTS_APPENDED, processors, ProcessorAdmin::head)
                .description("events in the log (head global sequence)").register(registry);
    }

    /** Processors exist once Axon has started, before the demo load, so the lag is visible while it runs. */
    @EventListener(ApplicationStartedEvent.class)
    public void registerProjectionLag() {
        for (ProcessorStatus status : processors.all()) {
            String name = status.name();
            Gauge.builder(LedgerMeters.PROJECTION_LAG, processors, admin -> admin.status(name).behind())
                    .description("events between the processor's position and the head of the log")
                    .tag("processor", name).register(registry);
        }
    }
}
