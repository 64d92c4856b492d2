package org.unionfund.ledger.recuperation.contractor.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Registers a contractor; repeating it with the same details is idempotent. */
public record RegisterContractorCommand(
        @TargetAggregateIdentifier ContractorId contractorId,
        String name,
        ContractorKind kind,
        String licenceNumber) {

    public RegisterContractorCommand {
        Require.present(contractorId, "contractorId", kind, "kind");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        if (licenceNumber == null || licenceNumber.isBlank() || licenceNumber.length() > 64) {
            throw new IllegalArgumentException("licenceNumber must be 1 to 64 characters");
        }
    }
}
