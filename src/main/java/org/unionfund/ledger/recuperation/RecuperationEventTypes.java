package org.unionfund.ledger.recuperation;

import java.util.List;

import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeBudgetToppedUpEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.TripAddedToProgrammeEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundingReleasedEvent;
import org.unionfund.ledger.platform.eventstore.EventTypeCatalog;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.EventTypes.EventType;

/**
 * The stored names of the recuperation events (contractors, eligibility, programmes, standards, trips, workers).
 * Names and legacy names are in the stored log: never change one (docs/audit.md, "Event type names"). Listed in
 * META-INF/services, so the registry finds it with or without Spring.
 */
public final class RecuperationEventTypes implements EventTypeCatalog {

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                EventTypes.type("ContractorRegistered", ContractorRegisteredEvent.class, "1",
                        "org.unionfund.ledger.contractor.api.ContractorRegisteredEvent"),
                EventTypes.type("DestinationRegistered", DestinationRegisteredEvent.class, "1",
                        "org.unionfund.ledger.contractor.api.DestinationRegisteredEvent"),
                EventTypes.type("EligibleWorkersRegistered", EligibleWorkersRegisteredEvent.class, "1",
                        "org.unionfund.ledger.eligibility.api.EligibleWorkersRegisteredEvent"),
                EventTypes.type("ProgrammeBudgetToppedUp", ProgrammeBudgetToppedUpEvent.class, "1",
                        "org.unionfund.ledger.programme.api.ProgrammeBudgetToppedUpEvent"),
                EventTypes.type("ProgrammeOpened", ProgrammeOpenedEvent.class, "1",
                        "org.unionfund.ledger.programme.api.ProgrammeOpenedEvent"),
                EventTypes.type("TripAddedToProgramme", TripAddedToProgrammeEvent.class, "1",
                        "org.unionfund.ledger.programme.api.TripAddedToProgrammeEvent"),
                EventTypes.type("StandardSet", StandardSetEvent.class, "1",
                        "org.unionfund.ledger.standard.api.StandardSetEvent"),
                EventTypes.type("NoShowRemoved", NoShowRemovedEvent.class, "1",
                        "org.unionfund.ledger.trip.api.NoShowRemovedEvent"),
                EventTypes.type("ParticipantCategoryChanged", ParticipantCategoryChangedEvent.class, "1",
                        "org.unionfund.ledger.trip.api.ParticipantCategoryChangedEvent"),
                EventTypes.type("ParticipantRecharged", ParticipantRechargedEvent.class, "1",
                        "org.unionfund.ledger.trip.api.ParticipantRechargedEvent"),
                EventTypes.type("ParticipantsEnrolled", ParticipantsEnrolledEvent.class, "1",
                        "org.unionfund.ledger.trip.api.ParticipantsEnrolledEvent"),
                EventTypes.type("TripScheduled", TripScheduledEvent.class, "2",
                        "org.unionfund.ledger.trip.api.TripScheduledEvent"),
                EventTypes.type("TripSettled", TripSettledEvent.class, "1",
                        "org.unionfund.ledger.trip.api.TripSettledEvent"),
                EventTypes.type("WorkerFunded", WorkerFundedEvent.class, "1",
                        "org.unionfund.ledger.worker.api.WorkerFundedEvent"),
                EventTypes.type("WorkerFundingReleased", WorkerFundingReleasedEvent.class, "1",
                        "org.unionfund.ledger.worker.api.WorkerFundingReleasedEvent"));
    }
}
