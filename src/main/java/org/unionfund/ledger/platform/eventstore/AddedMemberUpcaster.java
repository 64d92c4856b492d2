package org.unionfund.ledger.platform.eventstore;

import java.util.function.Consumer;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored event of one revision as the next, whose payload gained members the older one never had: they read
 * as null, and a payload that already carries one (written between the field and its revision) keeps its value. The
 * event is matched by its stable name or its legacy class name. Only what is read changes: the stored bytes, their
 * hashes and exports stay as written. Each context declares its upcasters as beans in one table
 * ({@code funds/FundsUpcasters}, {@code recuperation/RecuperationUpcasters}).
 */
public final class AddedMemberUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final Consumer<ObjectNode> complete;

    /** {@code complete} fills what the newer revision added into the older payload. */
    public AddedMemberUpcaster(String type, String fromRevision, String toRevision, Consumer<ObjectNode> complete) {
        this.type = type;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.complete = complete;
    }

    /** Revision 1 → 2 of {@code type}, which added the top-level {@code member}. */
    public static AddedMemberUpcaster addedMember(String type, String member) {
        return new AddedMemberUpcaster(type, "1", "2", payload -> nullIfAbsent(payload, member));
    }

    /** The stable type name this upcaster reads. */
    public String type() {
        return type;
    }

    /** Sets {@code member} to null unless the payload already carries it. */
    public static void nullIfAbsent(JsonNode node, String member) {
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
                complete.accept(object);
            }
            return payload;
        });
    }
}
