package org.unionfund.ledger.platform.eventstore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.testsupport.TestMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/** Events, serializer and engine builders shared by the engine tests. */
final class Fixture {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
                                                          .objectMapper(new ObjectMapper().findAndRegisterModules())
                                                          .build();

    record Deposited(String account, long fen, BigDecimal rate, String note) {
    }

    private Fixture() {
    }

    static LedgerEventStorageEngine.Builder engine(MongoDatabase database) {
        return LedgerEventStorageEngine.builder()
                                       .serializer(SERIALIZER)
                                       .database(database)
                                       .durability(TestMongo.durability());
    }

    static DomainEventMessage<Deposited> event(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Account", aggregateId, seq,
                                               new Deposited(aggregateId, 100 + seq, new BigDecimal("1.50"), "n" + seq),
                                               MetaData.with("user", "clerk-" + seq));
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long fromSeq, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            events.add(event(aggregateId, seq));
        }
        return events;
    }

    static List<Long> sequenceNumbers(EventStorageEngine engine, String aggregateId, long from) {
        return engine.readEvents(aggregateId, from).asStream()
                     .map(DomainEventMessage::getSequenceNumber).collect(Collectors.toList());
    }

    static List<TrackedEventMessage<?>> track(EventStorageEngine engine, TrackingToken from) {
        try (var stream = engine.readEvents(from, false)) {
            return stream.collect(Collectors.toList());
        }
    }

    static long index(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }
}
