package org.unionfund.ledger.recuperation.contractor.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Client-chosen id of a contractor (承办单位): a licensed travel agency or a certified recuperation base; {@link #toString()} (prefixed "contractor:") is its aggregate identifier in the event
 * store.
 */
public record ContractorId(String value) implements SafeId {

    public ContractorId {
        SafeId.require(value, "contractorId");
    }

    @Override
    public String toString() {
        return "contractor:" + value;
    }
}
