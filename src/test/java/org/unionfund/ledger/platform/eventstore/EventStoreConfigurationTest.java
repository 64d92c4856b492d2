package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unionfund.ledger.platform.store.LedgerMongoProperties;
import org.unionfund.ledger.platform.store.MongoStoreConfiguration;
import org.unionfund.ledger.testsupport.Patience;

import com.mongodb.client.MongoDatabase;

/** The wiring in a real (small) Axon application: commands, event sourcing, snapshots, a tracking projection. */
@SpringBootTest(classes = EventStoreConfigurationTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.mongo.embedded.backend=memory",
                "ledger.mongo.database=t_wiring_${random.uuid}"})
class EventStoreConfigurationTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStorageEngine engine;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private CounterView view;

    @Test
    void commandsAreSourcedSnapshottedAndProjectedFromMongo() throws Exception {
        assertThat(engine).isInstanceOf(LedgerEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(processing.eventProcessor("counter-view")).containsInstanceOf(TrackingEventProcessor.class);

        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateCounter(id));
        for (int i = 0; i < 300; i++) {
            commands.sendAndWait(new IncrementCounter(id));
        }

        assertThat(engine.lastSequenceNumberFor(id)).contains(300L);
        assertThat(engine.readSnapshot(id)).isPresent();
        awaitUntil(() -> view.increments.get() == 300);
        awaitUntil(() -> database.getCollection("trackingtokens").countDocuments() > 0);
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.HANG_GUARD.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    record CreateCounter(@TargetAggregateIdentifier String id) {
    }

    record IncrementCounter(@TargetAggregateIdentifier String id) {
    }

    record CounterCreated(String id) {
    }

    record CounterIncremented(String id) {
    }

    @Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
    static class Counter {

        @AggregateIdentifier
        private String id;
        private long count;

        Counter() {
        }

        @CommandHandler
        Counter(CreateCounter command) {
            apply(new CounterCreated(command.id()));
        }

        @CommandHandler
        void handle(IncrementCounter command) {
            apply(new CounterIncremented(id));
        }

        @EventSourcingHandler
        void on(CounterCreated event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(CounterIncremented event) {
            count++;
        }

        public String getId() {
            return id;
        }

        public long getCount() {
            return count;
        }
    }

    @ProcessingGroup("counter-view")
    static class CounterView {

        final AtomicLong increments = new AtomicLong();

        @EventHandler
        void on(CounterIncremented event) {
            increments.incrementAndGet();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableConfigurationProperties(LedgerMongoProperties.class)
    @Import({MongoStoreConfiguration.class, EventStoreConfiguration.class, Counter.class, CounterView.class})
    static class App {
    }
}
