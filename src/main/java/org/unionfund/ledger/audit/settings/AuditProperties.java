package org.unionfund.ledger.audit.settings;

import java.nio.file.Path;
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
 * @param keyDir              where the audit signing key and the seal anchor live: outside the store (env
 *                            {@code LEDGER_AUDIT_KEY_DIR}); the key is generated there at the first start
 * @param signatureAlgorithm  {@code Ed25519} (default) or {@code SM2} (SM3withSM2, 国密) for a newly generated key
 * @param tsaUrl              an RFC 3161 time-stamping authority to stamp each signed digest with; blank for none
 */
@ConfigurationProperties("ledger.audit")
public record AuditProperties(
        @DefaultValue("true") boolean sealerEnabled,
        @DefaultValue("2s") Duration sealInterval,
        @DefaultValue("100000") int checkpointMaxSpan,
        @DefaultValue("1000000") int verifyMemoryHeads,
        @DefaultValue("8") int asOfCacheSize,
        @DefaultValue("./data/keys") Path keyDir,
        @DefaultValue("Ed25519") String signatureAlgorithm,
        String tsaUrl) {
}
