package org.unionfund.ledger.audit.chain;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

/** The background sealer: every {@code ledger.audit.seal-interval} it seals what has settled since. */
@Component
class SealerSchedule {

    private static final Logger log = LoggerFactory.getLogger(SealerSchedule.class);

    private final CheckpointSealer sealer;
    private final CheckpointStamps stamps;
    private final boolean enabled;
    private final boolean stamping;
    private final ExecutorService stamper = Executors.newSingleThreadExecutor(DaemonThreads.named("checkpoint-stamper"));

    SealerSchedule(CheckpointSealer sealer, CheckpointStamps stamps, AuditProperties properties) {
        this.sealer = sealer;
        this.stamps = stamps;
        this.enabled = properties.sealerEnabled();
        this.stamping = properties.tsaUrl() != null && !properties.tsaUrl().isBlank();
    }

    @PreDestroy
    void stop() {
        stamper.shutdownNow();
    }

    @Scheduled(initialDelayString = "${ledger.audit.seal-interval:2s}",
            fixedDelayString = "${ledger.audit.seal-interval:2s}")
    void seal() {
        if (!enabled) {
            return;
        }
        try {
            List<Checkpoint> sealed = sealer.sealAll();
            if (stamping && !sealed.isEmpty()) {
                // on a thread of its own: a slow TSA must never hold the next sealing round back
                stamper.execute(() -> {
                    try {
                        stamps.stampAll(sealed);
                    } catch (RuntimeException e) {
                        log.warn("Time-stamping checkpoints failed (asked again when a digest is taken): {}",
                                e.getMessage());
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Sealing checkpoints failed; will try again", e);
        }
    }
}
