package org.unionfund.ledger.recuperation.contractor.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;

/** A contractor (承办单位) that may host trips. */
@Aggregate(cache = "referenceDataCache")
@FieldState
public class Contractor {

    @AggregateIdentifier
    private ContractorId contractorId;
    private ContractorRegisteredEvent registration;

    protected Contractor() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ContractorRegisteredEvent handle(RegisterContractorCommand c) {
        ContractorRegisteredEvent event = new ContractorRegisteredEvent(c.contractorId(), c.name(), c.kind(),
                c.licenceNumber());
        return Registration.once(registration, event, "contractorId", "contractor", c.contractorId().value());
    }

    public ContractorRegisteredEvent registration() {
        return registration;
    }

    @EventSourcingHandler
    void on(ContractorRegisteredEvent event) {
        contractorId = event.contractorId();
        registration = event;
    }
}
