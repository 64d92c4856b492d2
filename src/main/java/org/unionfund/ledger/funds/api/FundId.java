package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/** A programme fund, chosen by the client; a matching fund is named after the allocation it matches. */
public record FundId(String value) implements SafeId {

    public FundId {
        SafeId.require(value, "fundId");
    }

    @Override
    public String toString() {
        return value;
    }
}
