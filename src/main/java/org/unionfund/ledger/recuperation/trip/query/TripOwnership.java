package org.unionfund.ledger.recuperation.trip.query;

import java.util.Set;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.platform.eventstore.OpeningEvent;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/** A trip belongs to its programme's body (stated when it was scheduled); read from the trip's own stream. */
@Component
class TripOwnership implements BodyOwnership {

    private final EventStore events;

    TripOwnership(EventStore events) {
        this.events = events;
    }

    @Override
    public Owned owns() {
        return Owned.TRIP;
    }

    @Override
    public Set<String> ownersOf(String ledgerId, String tripId) {
        return OpeningEvent.of(events, new TripId(tripId).toString(), TripScheduledEvent.class)
                .map(scheduled -> Set.of(scheduled.bodyId().value())).orElse(Set.of());
    }

    /** 404 {@code not-found} naming {@code tripId}. */
    @Override
    public RuntimeException unknown(String ledgerId, String tripId) {
        return RequestProblem.notFound("tripId", "trip " + tripId + " is not known");
    }
}
