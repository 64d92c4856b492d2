package org.unionfund.ledger.ledger.api;

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
