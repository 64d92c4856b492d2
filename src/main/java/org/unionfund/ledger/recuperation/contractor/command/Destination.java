package org.unionfund.ledger.recuperation.contractor.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegistryRuleViolation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/** A destination of trips, with its region and whether it is a paired-aid region. */
@Aggregate(cache = "referenceDataCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Destination {

    @AggregateIdentifier
    private DestinationId destinationId;
    private DestinationRegisteredEvent registration;

    protected Destination() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public DestinationRegisteredEvent handle(RegisterDestinationCommand c) {
        DestinationRegisteredEvent event = new DestinationRegisteredEvent(c.destinationId(), c.name(),
                c.regionCode(), c.pairedAidRegion());
        if (registration != null) {
            if (!registration.equals(event)) {
                throw new RegistryRuleViolation(RegistryRuleViolation.IDEMPOTENCY_CONFLICT, "destinationId",
                        "destination " + c.destinationId().value() + " is already registered with other details");
            }
            return registration;
        }
        apply(event);
        return event;
    }

    public DestinationRegisteredEvent registration() {
        return registration;
    }

    @EventSourcingHandler
    void on(DestinationRegisteredEvent event) {
        destinationId = event.destinationId();
        registration = event;
    }
}
