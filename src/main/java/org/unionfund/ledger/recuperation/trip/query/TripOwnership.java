package org.unionfund.ledger.recuperation.trip.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;
import org.unionfund.ledger.platform.eventstore.OpeningEventOwnership;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/** A trip belongs to its programme's body, stated when it was scheduled; an unknown trip is 404 {@code not-found}. */
@Configuration
class TripOwnership {

    @Bean
    BodyOwnership tripOwners(EventStore events) {
        return BodyOwnership.of(Owned.TRIP, OpeningEventOwnership.owners(events, TripScheduledEvent.class,
                id -> new TripId(id).toString(), scheduled -> scheduled.bodyId().value()),
                (ledgerId, tripId) -> RequestProblem.notFound("tripId", "trip " + tripId + " is not known"));
    }
}
