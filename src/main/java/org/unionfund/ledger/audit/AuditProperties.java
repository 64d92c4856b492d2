package org.unionfund.ledger.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the auditor features (docs/audit.md).
 *
 * @param sealerEnabled       whether a background sealer writes checkpoints
 * @param sealInterval        how often the background sealer looks for commits to seal
 * @param checkpointMaxSpan   the most global sequence numbers one checkpoint covers
 * @param verifyMemoryHeads   how many aggregates' latest hashes the verifier keeps in memory; beyond that it looks
 *                            a predecessor up by its key
 * @param asOfCacheSize       how many as-of shadow read models are kept (by cut)
 */
@ConfigurationProperties("ledger.audit")
public record AuditProperties(
        @DefaultValue("true") boolean sealerEnabled,
        @DefaultValue("30s") Duration sealInterval,
        @DefaultValue("100000") int checkpointMaxSpan,
        @DefaultValue("1000000") int verifyMemoryHeads,
        @DefaultValue("8") int asOfCacheSize) {
}
