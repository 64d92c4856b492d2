package org.unionfund.ledger.ledger.api;

/** Client-chosen id of a reversal; it is also the id of the reversing posting. */
public record ReversalId(String value) implements SafeId {

    public ReversalId {
        SafeId.require(value, "reversalId");
    }

    @Override
    public String toString() {
        return value;
    }
}
