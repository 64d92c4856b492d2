package org.unionfund.ledger.recuperation.contractor.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;

/** A destination of trips, with its region and whether it is a paired-aid region. */
@Aggregate(cache = "referenceDataCache")
@FieldState
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
        return Registration.once(registration, event, "destinationId", "destination", c.destinationId().value());
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
