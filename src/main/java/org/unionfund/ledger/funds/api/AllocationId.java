package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of an allocation; it is also the id of the allocation's posting. */
public record AllocationId(String value) implements SafeId {

    public AllocationId {
        SafeId.require(value, "allocationId");
    }

    @Override
    public String toString() {
        return value;
    }
}
