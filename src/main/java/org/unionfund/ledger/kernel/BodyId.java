package org.unionfund.ledger.kernel;

/** A union body: a 6-digit GB/T 2260 code for regional bodies (浙江 330000), any safe id otherwise. */
public record BodyId(String value) implements SafeId {

    public BodyId {
        SafeId.require(value, "bodyId");
    }

    @Override
    public String toString() {
        return value;
    }
}
