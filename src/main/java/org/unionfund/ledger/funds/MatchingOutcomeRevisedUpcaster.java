package org.unionfund.ledger.funds;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored revision-1 {@code MatchingOutcomeRevised} as revision 2: revision 2 added {@code reversedBy}, which
 * a revision-1 event never had (its revision was caused by a new commitment), so it reads as null.
 */
@Component
public class MatchingOutcomeRevisedUpcaster extends AddedMemberUpcaster {

    static final String TYPE = "MatchingOutcomeRevised";

    public MatchingOutcomeRevisedUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    protected void complete(ObjectNode payload) {
        nullIfAbsent(payload, "reversedBy");
    }
}
