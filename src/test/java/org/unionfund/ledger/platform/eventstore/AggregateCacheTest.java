package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * The strongly held aggregate cache with two instances (two engines, stores and caches) on one store: an aggregate
 * cached by one instance and moved on by the other cannot append from the stale copy — the commit is refused, the
 * rollback evicts it — and the retry, reloaded from the store, appends on the other instance's state.
 */
class AggregateCacheTest {

    private final MongoDatabase database = TestMongo.freshDatabase(AggregateCacheTest.class);
    private final Instance first = new Instance(database);
    private final Instance second = new Instance(database);

    @AfterEach
    void tearDown() {
        first.store.shutDown();
        second.store.shutDown();
    }

    @Test
    void a_stale_cached_aggregate_is_refused_evicted_and_the_retry_appends_on_the_store() {
        first.inUnit(() -> first.repository.newInstance(() -> new Tally("t")));
        first.add("t", 5);
        second.add("t", 10);
        assertThat(first.cache.containsKey("t")).as("cached after the first instance's commit").isTrue();

        assertThatThrownBy(() -> first.add("t", 1)).isInstanceOf(ConcurrencyException.class);
        assertThat(first.cache.containsKey("t")).as("evicted by the refused commit's rollback").isFalse();

        first.add("t", 1);
        List<? extends DomainEventMessage<?>> stream = first.store.readEvents("t").asStream().toList();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(stream).extracting(m -> ((Counted) m.getPayload()).total()).containsExactly(0L, 5L, 15L, 16L);
        assertThat(first.cache.containsKey("t")).isTrue();
        // the second instance's copy is stale in turn: refused once, then appended on the store's state
        assertThatThrownBy(() -> second.add("t", 4)).isInstanceOf(ConcurrencyException.class);
        second.add("t", 4);
        assertThat(second.total("t")).isEqualTo(20L);
    }

    @Test
    void the_least_recently_used_entry_leaves_a_full_cache() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        List<Object> expired = new java.util.ArrayList<>();
        cache.registerCacheEntryListener(new org.axonframework.common.caching.Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat((Integer) cache.get("a")).isEqualTo(1);
        cache.put("c", 3);

        assertThat(expired).containsExactly("b");
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.putIfAbsent("c", 4)).isFalse();
        assertThat((Integer) cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    /** One application instance: its own engine, event store and cache on the shared database. */
    private static final class Instance {
        final LedgerEventStore store;
        final BoundedAggregateCache cache = new BoundedAggregateCache(8);
        final Repository<Tally> repository;

        Instance(MongoDatabase database) {
            store = LedgerEventStore.of(EmbeddedEventStore.builder().storageEngine(Fixture.engine(database).build()));
            repository = EventSourcingRepository.builder(Tally.class).eventStore(store).cache(cache).build();
        }

        void add(String id, long amount) {
            inUnit(() -> repository.load(id).execute(tally -> tally.add(amount)));
        }

        long total(String id) {
            long[] total = new long[1];
            inUnit(() -> repository.load(id).execute(tally -> total[0] = tally.total));
            return total[0];
        }

        void inUnit(ThrowingRunnable work) {
            UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
            try {
                work.run();
            } catch (Exception e) {
                unit.rollback(e);
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            unit.commit();
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    record Counted(String tally, long amount, long total) {
    }

    static final class Tally {
        @AggregateIdentifier
        String id;
        long total;

        Tally() {
        }

        Tally(String id) {
            AggregateLifecycle.apply(new Counted(id, 0, 0));
        }

        void add(long amount) {
            AggregateLifecycle.apply(new Counted(id, amount, total + amount));
        }

        @EventSourcingHandler
        void on(Counted event) {
            id = event.tally();
            total = event.total();
        }
    }
}
