package org.unionfund.ledger.audit.chain;

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
    private final boolean enabled;

    SealerSchedule(CheckpointSealer sealer, AuditProperties properties) {
        this.sealer = sealer;
        this.enabled = properties.sealerEnabled();
    }

    @Scheduled(initialDelayString = "${ledger.audit.seal-interval:2s}",
            fixedDelayString = "${ledger.audit.seal-interval:2s}")
    void seal() {
        if (!enabled) {
            return;
        }
        try {
            sealer.sealAll();
        } catch (RuntimeException e) {
            log.warn("Sealing checkpoints failed; will try again", e);
        }
    }
}
