package org.unionfund.ledger.recuperation.contractor.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DestinationRegisteredEvent(DestinationId destinationId, String name, String regionCode,
        boolean pairedAidRegion) {
}
