package org.unionfund.ledger.funds;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored revision-1 {@code MatchingOutcomeRevised} as revision 2: revision 2 added {@code reversedBy}, which
 * a revision-1 event never had (its revision was caused by a new commitment), so it reads as null. A revision-1
 * payload that already carries the member (written between the field and its revision) keeps its value. Only what
 * is read changes: the stored bytes, their hashes and exports stay as written.
 */
@Component
public class MatchingOutcomeRevisedUpcaster extends SingleEventUpcaster {

    static final String TYPE = "MatchingOutcomeRevised";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has("reversedBy")) {
                object.putNull("reversedBy");
            }
            return payload;
        });
    }
}
