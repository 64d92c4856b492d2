package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.platform.eventstore.Fixture.event;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.sequenceNumbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.Fixture.Deposited;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

class AggregateStreamTest {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(AggregateStreamTest.class);
        engine = Fixture.engine(database).batchSize(100).build();
    }

    @Test
    void readsBackWhatWasAppended() {
        DomainEventMessage<Deposited> original = event("acc-1", 0);
        engine.appendEvents(original, event("acc-1", 1));

        List<? extends DomainEventMessage<?>> read = engine.readEvents("acc-1").asStream().collect(Collectors.toList());

        assertThat(read).hasSize(2);
        DomainEventMessage<?> first = read.get(0);
        assertThat(first.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(first.getAggregateIdentifier()).isEqualTo("acc-1");
        assertThat(first.getType()).isEqualTo("Account");
        assertThat(first.getSequenceNumber()).isZero();
        assertThat(first.getTimestamp()).isEqualTo(original.getTimestamp());
        assertThat(first.getPayload()).isEqualTo(original.getPayload());
        assertThat(((Deposited) first.getPayload()).rate()).isEqualByComparingTo("1.50")
                                                           .hasToString("1.50");
        assertThat(first.getMetaData()).containsEntry("user", "clerk-0");
        assertThat(engine.lastSequenceNumberFor("acc-1")).contains(1L);
    }

    @Test
    void readsStreamsLongerThanTheWindowInCommitsOfSeveralEvents() {
        for (int seq = 0; seq < 700; seq += 7) {
            engine.appendEvents(events("long", seq, 7));
            engine.appendEvents(event("other-" + seq, 0));
        }

        assertThat(sequenceNumbers(engine, "long", 0)).containsExactlyElementsOf(range(0, 700));
        assertThat(sequenceNumbers(engine, "long", 333)).containsExactlyElementsOf(range(333, 700));
        assertThat(sequenceNumbers(engine, "long", 699)).containsExactly(699L);
        assertThat(sequenceNumbers(engine, "long", 700)).isEmpty();
        assertThat(engine.lastSequenceNumberFor("long")).contains(699L);
    }

    @Test
    void keepsAggregatesOfOneCommitApart() {
        engine.appendEvents(event("a", 0), event("b", 0), event("a", 1), event("b", 1), event("b", 2));

        assertThat(sequenceNumbers(engine, "a", 0)).containsExactly(0L, 1L);
        assertThat(sequenceNumbers(engine, "b", 0)).containsExactly(0L, 1L, 2L);
        assertThat(sequenceNumbers(engine, "b", 1)).containsExactly(1L, 2L);
    }

    @Test
    void readsTheOneEventOfAnAggregateInACommitOfOthersAndChainsToItsHash() {
        engine.appendEvents(event("x", 0), event("p", 0), event("x", 1), event("y", 0));
        engine.appendEvents(event("y", 1), event("z", 0), event("p", 1), event("p", 2), event("z", 1));
        // another instance: nothing of p known but what its load reads
        LedgerEventStorageEngine other = Fixture.engine(database).build();

        List<? extends DomainEventMessage<?>> read = other.readEvents("p").asStream().collect(Collectors.toList());
        other.appendEvents(event("p", 3));
        assertThat(sequenceNumbers(other, "y", 0)).containsExactly(0L, 1L);
        other.appendEvents(event("y", 2));

        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(read.get(0).getPayload()).isEqualTo(event("p", 0).getPayload());
        assertThat(read.get(0).getMetaData()).containsEntry("user", "clerk-0");
        assertThat(sequenceNumbers(other, "x", 0)).containsExactly(0L, 1L);
        assertThat(sequenceNumbers(other, "z", 0)).containsExactly(0L, 1L);
        assertThat(storedEvent("p", 3).storedPrev()).isEqualTo(storedEvent("p", 2).storedHash()).isNotNull();
        assertThat(storedEvent("y", 2).storedPrev()).isEqualTo(storedEvent("y", 1).storedHash()).isNotNull();
    }

    private EventRecord storedEvent(String aggregateId, long seq) {
        org.bson.RawBsonDocument commit = database.getCollection("events", org.bson.RawBsonDocument.class)
                .find(Filters.eq("aggKeys", aggregateId + "/" + seq)).first();
        return CommitParser.parse(commit).events().stream()
                .filter(e -> aggregateId.equals(e.aggregateId()) && e.seq() == seq).findFirst().orElseThrow();
    }

    @Test
    void identifiersContainingTheKeySeparatorDoNotMix() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("a/1", 0, 2));

        assertThat(sequenceNumbers(engine, "a", 0)).containsExactly(0L, 1L, 2L);
        assertThat(sequenceNumbers(engine, "a/1", 0)).containsExactly(0L, 1L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("a/1")).contains(1L);
    }

    @Test
    void unknownAggregateHasNoEvents() {
        assertThat(engine.readEvents("nobody").asStream()).isEmpty();
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void lastSequenceNumberStartsFromTheSnapshot() {
        engine.appendEvents(events("snap", 0, 300));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Account", "snap", 249,
                                                             new Deposited("snap", 1, BigDecimal.ONE, "state")));

        assertThat(engine.lastSequenceNumberFor("snap")).contains(299L);
    }

    @Test
    void streamStopsAtTheFirstMissingSequenceNumber() {
        assertThatThrownBy(() -> engine.appendEvents(events("refused", 1, 2)))
                .isInstanceOf(EventStoreException.class);
        // The engine refuses holes, so this one is made in the store directly (a damaged or partial store).
        engine.appendEvents(events("holey", 0, 3));
        engine.appendEvents(events("holey", 3, 1));
        engine.appendEvents(events("holey", 4, 2));
        database.getCollection("events").deleteOne(Filters.eq("aggKeys", "holey/3"));

        assertThat(sequenceNumbers(engine, "holey", 0)).containsExactly(0L, 1L, 2L);
        assertThat(sequenceNumbers(engine, "holey", 4)).containsExactly(4L, 5L);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().collect(Collectors.toList());
    }
}
