package org.unionfund.ledger.platform.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.store.Durability;

import com.mongodb.client.MongoDatabase;

/**
 * Axon's event store on {@link LedgerEventStorageEngine} and tracking tokens in MongoDB, both on the
 * {@link MongoDatabase} chosen by {@code MongoStoreConfiguration}. Aggregates opt into snapshots with
 * {@code @Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    static final int SNAPSHOT_EVERY = 250;

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration axonConfiguration,
                                                 MongoDatabase database,
                                                 Durability durability,
                                                 EventStoreProperties properties) {
        return LedgerEventStorageEngine.builder()
                                       .eventSerializer(eventSerializer)
                                       .snapshotSerializer(serializer)
                                       .upcasterChain(axonConfiguration.upcasterChain())
                                       .snapshotFilter(axonConfiguration.snapshotFilter())
                                       .batchSize(properties.batchSize())
                                       .gapTimeout(properties.gapTimeout())
                                       .maxGapOffset(properties.maxGapOffset())
                                       .database(database)
                                       .durability(durability)
                                       .build();
    }

    /** Axon's embedded event store as the auto-configuration builds it, with the linear staged-event look-up. */
    @Bean
    public LedgerEventStore eventStore(EventStorageEngine storageEngine,
                                       org.axonframework.config.Configuration axonConfiguration) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder().storageEngine(storageEngine);
        builder.messageMonitor(axonConfiguration.messageMonitor(EventStore.class, "eventStore"));
        builder.spanFactory(axonConfiguration.getComponent(EventBusSpanFactory.class));
        return LedgerEventStore.of(builder);
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                              .serializer(serializer)
                              .transactionManager(NoTransactionManager.INSTANCE)
                              .build();
    }

    @Bean
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    /** Streaming processors keep their position in the token store, i.e. in MongoDB next to the events. */
    @Bean
    public ConfigurerModule trackingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing(EventProcessingConfigurer::usingTrackingEventProcessors);
    }
}
