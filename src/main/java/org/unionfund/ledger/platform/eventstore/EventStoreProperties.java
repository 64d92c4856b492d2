package org.unionfund.ledger.platform.eventstore;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Tuning of {@link LedgerEventStorageEngine}; the defaults suit both the embedded server and a real MongoDB. */
@ConfigurationProperties("ledger.eventstore")
public record EventStoreProperties(
        @DefaultValue("256") int batchSize,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("10000") int maxGapOffset) {
}
