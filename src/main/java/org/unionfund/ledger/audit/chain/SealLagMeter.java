package org.unionfund.ledger.audit.chain;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.operations.LedgerMeters;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** {@value LedgerMeters#SEAL_LAG}: events recorded after the last audit checkpoint, i.e. not yet sealed. */
@Component
public class SealLagMeter {

    public SealLagMeter(CheckpointStore checkpoints, ProcessorAdmin processors, MeterRegistry registry) {
        Gauge.builder(LedgerMeters.SEAL_LAG, () -> Math.max(0,
                        processors.head() - checkpoints.latest().map(Checkpoint::to).orElse(0L)))
                .description("events recorded after the last audit checkpoint").register(registry);
    }
}
