package org.unionfund.ledger.funds;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored revision-1 {@code AllocationDocumentIssued} as revision 2, whose lines added {@code source}
 * (EARMARKED, GENERAL, OWN): a revision-1 line reads with it null, as it always did.
 */
@Component
public class AllocationDocumentIssuedUpcaster extends AddedMemberUpcaster {

    static final String TYPE = "AllocationDocumentIssued";

    public AllocationDocumentIssuedUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    protected void complete(ObjectNode payload) {
        payload.path("lines").forEach(line -> nullIfAbsent(line, "source"));
    }
}
