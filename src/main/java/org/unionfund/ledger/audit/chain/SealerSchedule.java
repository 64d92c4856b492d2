package org.unionfund.ledger.audit.chain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.settings.AuditProperties;

/** The background sealer: every {@code ledger.audit.seal-interval} it seals what has settled since. */
@Component
class SealerSchedule {

    private static final Logger log = LoggerFactory.getLogger(SealerSchedule.class);

    private final CheckpointSealer sealer;
    private final CheckpointStamps stamps;
    private final boolean enabled;
    private final boolean stamping;

    SealerSchedule(CheckpointSealer sealer, CheckpointStamps stamps, AuditProperties properties) {
        this.sealer = sealer;
        this.stamps = stamps;
        this.enabled = properties.sealerEnabled();
        this.stamping = properties.tsaUrl() != null && !properties.tsaUrl().isBlank();
    }

    @Scheduled(initialDelayString = "${ledger.audit.seal-interval:2s}",
            fixedDelayString = "${ledger.audit.seal-interval:2s}")
    void seal() {
        if (!enabled) {
            return;
        }
        try {
            List<Checkpoint> sealed = sealer.sealAll();
            if (stamping) {
                stamps.stampAll(sealed);
            }
        } catch (RuntimeException e) {
            log.warn("Sealing or time-stamping checkpoints failed; will try again", e);
        }
    }
}
