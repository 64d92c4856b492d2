package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staged-event look-up of {@link LedgerEventStore} answers as Axon's: an aggregate's stored events, then its
 * events staged in the unit-of-work chain (outermost first, each once), without those of a rolled-back unit.
 */
class LedgerEventStoreTest {

    private LedgerEventStore store;

    @BeforeEach
    void setUp() {
        store = LedgerEventStore.of(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()));
        store.publish(event("a", 0));
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    @Test
    void stagedEventsOfTheChainFollowTheStoredOnes() {
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("root"));
        store.publish(event("a", 1));
        UnitOfWork<?> committed = DefaultUnitOfWork.startAndGet(new GenericMessage<>("nested, committed"));
        store.publish(event("a", 2), event("b", 0));
        assertThat(store.stagedBy(committed)).isEqualTo(2);
        committed.commit();
        UnitOfWork<?> refused = DefaultUnitOfWork.startAndGet(new GenericMessage<>("nested, rolled back"));
        store.publish(event("a", 3));
        refused.rollback();
        UnitOfWork<?> current = DefaultUnitOfWork.startAndGet(new GenericMessage<>("nested, current"));
        store.publish(event("a", 3));
        try {
            assertThat(sequences("a")).containsExactly(0L, 1L, 2L, 3L);
            assertThat(sequences("b")).containsExactly(0L);
            assertThat(store.lastSequenceNumberFor("a")).contains(3L);
            store.publish(event("a", 4));
            assertThat(sequences("a")).as("the index follows the growing list").containsExactly(0L, 1L, 2L, 3L, 4L);
        } finally {
            current.rollback();
            root.rollback();
        }
        assertThat(sequences("a")).containsExactly(0L);
    }

    @Test
    void withoutAUnitOfWorkOnlyStoredEvents() {
        assertThat(sequences("a")).containsExactly(0L);
        assertThat(sequences("none")).isEmpty();
    }

    private List<Long> sequences(String aggregateId) {
        return store.readEvents(aggregateId).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
