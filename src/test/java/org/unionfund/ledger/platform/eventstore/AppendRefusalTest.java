package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.sequenceNumbers;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;


import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * Appends the unique indexes cannot refuse on their own: a commit repeating a key or an event identifier, an
 * aggregate's events leaving a hole; and event identifiers unique across commits. Nothing refused is stored.
 */
class AppendRefusalTest {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(AppendRefusalTest.class);
        engine = Fixture.engine(database).build();
    }

    @Test
    void a_commit_repeating_an_aggregate_sequence_is_a_concurrency_conflict_and_stores_nothing() {
        engine.appendEvents(events("a", 0, 1));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), event("a", 2), event("a", 2)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(sequenceNumbers(engine, "a", 0)).containsExactly(0L);
        assertThat(track(engine, null)).hasSize(1);
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(1);
    }

    @Test
    void a_commit_repeating_a_first_event_is_refused_as_a_second_creation() {
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("a", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(track(engine, null)).isEmpty();
    }

    @Test
    void a_commit_whose_aggregate_events_skip_a_sequence_is_refused() {
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("a", 1), event("a", 3)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("hole");
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), event("a", 0)))
                .isInstanceOf(EventStoreException.class);
        assertThat(track(engine, null)).isEmpty();
        assertThat(database.getCollection("events").countDocuments()).isZero();
    }

    @Test
    void an_append_that_does_not_follow_the_stored_history_is_refused() {
        engine.appendEvents(events("a", 0, 2));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 3)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("no event 2 is stored");
        assertThatThrownBy(() -> engine.appendEvents(event("b", 1)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("no event 0 is stored");

        // An engine that has not seen the aggregate looks the predecessor up in the store.
        LedgerEventStorageEngine other = Fixture.engine(database).build();
        assertThatThrownBy(() -> other.appendEvents(event("a", 4))).isInstanceOf(EventStoreException.class);
        other.appendEvents(event("a", 2));
        assertThat(sequenceNumbers(engine, "a", 0)).containsExactly(0L, 1L, 2L);
        assertThat(track(engine, null)).hasSize(3);
    }

    @Test
    void an_event_identifier_is_unique_within_a_commit_and_across_commits() {
        DomainEventMessage<?> first = event("a", 0);
        assertThatThrownBy(() -> engine.appendEvents(first, same(first, "b", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(track(engine, null)).isEmpty();

        engine.appendEvents(first);
        assertThatThrownBy(() -> engine.appendEvents(same(first, "b", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), same(first, "a", 2)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(
                new GenericEventMessage<>(first.getIdentifier(), "no aggregate", org.axonframework.messaging.MetaData
                        .emptyInstance(), first.getTimestamp())))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(track(engine, null)).extracting(m -> m.getIdentifier()).containsExactly(first.getIdentifier());
        assertThat(sequenceNumbers(engine, "b", 0)).isEmpty();
    }

    /** Another event with {@code original}'s identifier. */
    private static DomainEventMessage<?> same(DomainEventMessage<?> original, String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Account", aggregateId, seq, original.getPayload(),
                original.getMetaData(), original.getIdentifier(), original.getTimestamp());
    }
}
