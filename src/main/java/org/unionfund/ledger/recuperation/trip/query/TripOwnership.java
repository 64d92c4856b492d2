package org.unionfund.ledger.recuperation.trip.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.OpeningEventOwnership;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/** A trip belongs to its programme's body, stated when it was scheduled. */
@Component
class TripOwnership extends OpeningEventOwnership<TripScheduledEvent> {

    TripOwnership(EventStore events) {
        super(events, Owned.TRIP, TripScheduledEvent.class, id -> new TripId(id).toString(),
                scheduled -> scheduled.bodyId().value());
    }

    /** 404 {@code not-found} naming {@code tripId}. */
    @Override
    public RuntimeException unknown(String ledgerId, String tripId) {
        return RequestProblem.notFound("tripId", "trip " + tripId + " is not known");
    }
}
