package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of a matching-funds commitment; it is also the id of its posting. */
public record CommitmentId(String value) implements SafeId {

    public CommitmentId {
        SafeId.require(value, "commitmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
