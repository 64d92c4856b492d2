package org.unionfund.ledger.recuperation.contractor.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ContractorRegisteredEvent(ContractorId contractorId, String name, ContractorKind kind,
        String licenceNumber) {
}
