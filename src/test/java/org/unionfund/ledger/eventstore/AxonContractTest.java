package org.unionfund.ledger.eventstore;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * Axon's published contract for storage engines ({@code BatchingEventStorageEngineTest} →
 * {@code AbstractEventStorageEngineTest} → {@code EventStorageEngineTest}, from axon-eventsourcing's test jar), run
 * against our engine on a fresh database of the embedded server, or of the MongoDB named by
 * {@code LEDGER_MONGO_URI}. Every inherited test runs unchanged except the overrides below, which are listed with
 * their reason in docs/architecture.md, "Differences from Axon's contract".
 * <p>
 * <b>Token tests with events at sequence 1 and 2 of fresh aggregates.</b> Axon's {@code createEvent(seq, time)}
 * gives every event a new random aggregate, so the events at sequence 1, 2, … leave a hole in their aggregate's
 * sequence; our engine refuses such appends (an aggregate's history never has holes: issue 13). The seven token
 * tests below are Axon's, with the same timestamps, order, calls and assertions; only each event is the first
 * (sequence 0) of its own aggregate, as an aggregate would write it.
 */
class AxonContractTest extends BatchingEventStorageEngineTest<LedgerEventStorageEngine,
        LedgerEventStorageEngine.Builder> {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(AxonContractTest.class);
        engine = createEngine();
        setTestSubject(engine);
    }

    @Override
    protected LedgerEventStorageEngine createEngine(UnaryOperator<LedgerEventStorageEngine.Builder> customization) {
        return customization.apply(Fixture.engine(database)).build();
    }

    /** As Axon's {@code createEvent(seq, timestamp)}, but the first event of its (new) aggregate. */
    private static DomainEventMessage<String> firstOfAggregate(String timestamp) {
        return new GenericDomainEventMessage<>("type", UUID.randomUUID().toString(), 0, "payload",
                MetaData.with("key", "Value"), UUID.randomUUID().toString(), Instant.parse(timestamp));
    }

    private List<EventMessage<?>> readFrom(TrackingToken token) {
        return engine.readEvents(token, false).collect(toList());
    }

    @Test
    @Override
    public void createTailToken() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:00.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        assertEventStreamsById(Arrays.asList(event1, event2, event3), readFrom(engine.createTailToken()));
    }

    @Test
    @Override
    public void createHeadToken() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:00.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        assertTrue(readFrom(engine.createHeadToken()).isEmpty());
    }

    @Test
    @Override
    public void createTokenAt() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:00.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        TrackingToken tokenAt = engine.createTokenAt(Instant.parse("2007-12-03T10:15:30.00Z"));
        assertEventStreamsById(Arrays.asList(event2, event3), readFrom(tokenAt));
    }

    @Test
    @Override
    public void createTokenAtExactTime() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:30.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        TrackingToken tokenAt = engine.createTokenAt(Instant.parse("2007-12-03T10:15:30.00Z"));
        assertEventStreamsById(Arrays.asList(event1, event2, event3), readFrom(tokenAt));
    }

    @Test
    @Override
    public void createTokenWithUnorderedEvents() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:30.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:50.00Z");
        DomainEventMessage<String> event4 = firstOfAggregate("2007-12-03T10:15:45.00Z");
        DomainEventMessage<String> event5 = firstOfAggregate("2007-12-03T10:15:42.00Z");
        engine.appendEvents(event1, event2, event3, event4, event5);

        TrackingToken tokenAt = engine.createTokenAt(Instant.parse("2007-12-03T10:15:45.00Z"));
        assertEventStreamsById(Arrays.asList(event3, event4, event5), readFrom(tokenAt));
    }

    @Test
    @Override
    public void createTokenAtTimeAfterLastEvent() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:30.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        assertTrue(readFrom(engine.createTokenAt(Instant.parse("2008-12-03T10:15:30.00Z"))).isEmpty());
    }

    @Test
    @Override
    public void createTokenAtTimeBeforeFirstEvent() {
        DomainEventMessage<String> event1 = firstOfAggregate("2007-12-03T10:15:30.00Z");
        DomainEventMessage<String> event2 = firstOfAggregate("2007-12-03T10:15:40.00Z");
        DomainEventMessage<String> event3 = firstOfAggregate("2007-12-03T10:15:35.00Z");
        engine.appendEvents(event1, event2, event3);

        TrackingToken result = engine.createTokenAt(Instant.parse("2006-12-03T10:15:30.00Z"));
        assertEventStreamsById(Arrays.asList(event1, event2, event3), readFrom(result));
    }
}
