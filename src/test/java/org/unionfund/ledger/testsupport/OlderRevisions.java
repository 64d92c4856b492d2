package org.unionfund.ledger.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A store holding one event as an older revision wrote it: today's payload without the members the newer revision
 * added, under a stored name (stable or legacy) and the old revision; read back through the ledger's registry and an
 * upcaster, as the application reads.
 */
public record OlderRevisions(com.mongodb.client.MongoDatabase database) {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(MAPPER).build();

    public static OlderRevisions fresh(Class<?> owner) {
        return new OlderRevisions(TestMongo.freshDatabase(owner));
    }

    /** Today's {@code event} as JSON, with {@code edit} applied (e.g. removing what the new revision added). */
    public static ObjectNode json(Object event, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode node = MAPPER.valueToTree(event);
        edit.accept(node);
        return node;
    }

    /** Stores {@code payload} as aggregate {@code id}'s first event under {@code storedName} and {@code revision}. */
    public void store(String id, ObjectNode payload, String storedName, String revision) {
        LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database).durability(TestMongo.durability())
                .eventTypes(new EventTypes(List.of(EventTypes.type(storedName, ObjectNode.class, revision, null))))
                .build().appendEvents(List.of(new GenericDomainEventMessage<>("Test", id, 0, payload)));
    }

    /** Appends today's events through the ledger's registry (stored under today's revision). */
    public void append(String id, Object... payloads) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            messages.add(new GenericDomainEventMessage<>("Test", id, messages.size(), payload));
        }
        reader().appendEvents(messages);
    }

    /** The payloads of aggregate {@code id} as the application reads them, through {@code upcaster}. */
    public List<Object> read(String id, EventUpcaster upcaster) {
        return LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database)
                .durability(TestMongo.durability()).upcasterChain(new EventUpcasterChain(upcaster)).build()
                .readEvents(id).asStream().<Object>map(m -> m.getPayload()).toList();
    }

    /** The stored events (each commit's type, revision and payload), to show reading changed no byte. */
    public List<Document> stored() {
        return database.getCollection("events").find().into(new ArrayList<>());
    }

    private LedgerEventStorageEngine reader() {
        return LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database)
                .durability(TestMongo.durability()).build();
    }
}
