package org.unionfund.ledger.funds;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads a stored revision-1 {@code FundEstablished} as revision 2, which added the display {@code name}. */
@Component
public class FundEstablishedUpcaster extends AddedMemberUpcaster {

    static final String TYPE = "FundEstablished";

    public FundEstablishedUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    protected void complete(ObjectNode payload) {
        nullIfAbsent(payload, "name");
    }
}
