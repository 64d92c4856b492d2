package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/** Client-chosen id of a batch of fixed subsidies (定额补助); it is also the id of its posting. */
public record SubsidyId(String value) implements SafeId {

    public SubsidyId {
        SafeId.require(value, "subsidyId");
    }

    @Override
    public String toString() {
        return value;
    }
}
