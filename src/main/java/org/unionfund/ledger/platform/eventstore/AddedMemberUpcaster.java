package org.unionfund.ledger.platform.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored event of one revision as the next, whose payload gained members the older one never had: they read
 * as null, and a payload that already carries one (written between the field and its revision) keeps its value. The
 * event is matched by its stable name or its legacy class name. Only what is read changes: the stored bytes, their
 * hashes and exports stay as written.
 */
public abstract class AddedMemberUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;

    protected AddedMemberUpcaster(String type, String fromRevision, String toRevision) {
        this.type = type;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
    }

    /** Fills what the newer revision added into the older payload. */
    protected abstract void complete(ObjectNode payload);

    /** Sets {@code member} to null unless the payload already carries it. */
    protected static void nullIfAbsent(JsonNode node, String member) {
        if (node instanceof ObjectNode object && !object.has(member)) {
            object.putNull(member);
        }
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return fromRevision.equals(representation.getType().getRevision())
                && type.equals(EventTypes.LEDGER.stableName(representation.getType().getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object) {
                complete(object);
            }
            return payload;
        });
    }
}
