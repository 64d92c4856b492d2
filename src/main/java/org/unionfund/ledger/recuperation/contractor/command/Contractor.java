package org.unionfund.ledger.recuperation.contractor.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegistryRuleViolation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/** A contractor (承办单位) that may host trips. */
@Aggregate(cache = "referenceDataCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
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
        if (registration != null) {
            if (!registration.equals(event)) {
                throw new RegistryRuleViolation(RegistryRuleViolation.IDEMPOTENCY_CONFLICT, "contractorId",
                        "contractor " + c.contractorId().value() + " is already registered with other details");
            }
            return registration;
        }
        apply(event);
        return event;
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
