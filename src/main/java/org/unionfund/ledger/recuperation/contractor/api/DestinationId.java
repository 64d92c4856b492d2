package org.unionfund.ledger.recuperation.contractor.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Client-chosen id of a trip destination; {@link #toString()} (prefixed "destination:") is its aggregate identifier in the event
 * store.
 */
public record DestinationId(String value) implements SafeId {

    public DestinationId {
        SafeId.require(value, "destinationId");
    }

    @Override
    public String toString() {
        return "destination:" + value;
    }
}
