package org.unionfund.ledger.audit.settings;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.audit.seal.SealKey;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.VoidedGaps;

import com.mongodb.client.MongoDatabase;

/** Shared beans of the auditor features. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public CommitLog commitLog(MongoDatabase database) {
        return new CommitLog(database);
    }

    @Bean
    public VoidedGaps voidedGaps(MongoDatabase database) {
        return new VoidedGaps(database);
    }

    /** The audit signing key: files under {@code ledger.audit.key-dir}, outside the store. */
    @Bean
    public SealKey sealKey(AuditProperties properties) {
        SealKey key = SealKey.loadOrCreate(properties.keyDir(), properties.signatureAlgorithm());
        LoggerFactory.getLogger(AuditConfiguration.class).info("Audit signing key: {} {}, public key {} (give it to "
                + "auditors to check digests and year-close seals offline; the private key stays outside the store)",
                key.algorithm(), key.keyId(), properties.keyDir().resolve(SealKey.PUBLIC_FILE).toAbsolutePath());
        return key;
    }

    /** The time the sealer judges gaps by. */
    @Bean
    public Clock auditClock() {
        return Clock.systemUTC();
    }
}
