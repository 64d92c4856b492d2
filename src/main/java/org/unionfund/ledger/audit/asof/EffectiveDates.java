package org.unionfund.ledger.audit.asof;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/**
 * The effective (business) date of an event, for the "about" side of an as-of question: a money event's posting
 * date; a trip's start date for the trip's own events and every event naming the trip (enrolments, settlements,
 * corrections, worker fundings). Other events have none. Fed the log in order (it learns trip dates as it goes).
 */
final class EffectiveDates {

    private final Map<String, LocalDate> tripStarts = new HashMap<>();

    LocalDate of(Object payload) {
        if (payload instanceof PostingEvent posting && posting.posting() != null) {
            return posting.posting().effectiveDate();
        }
        if (payload instanceof TripScheduledEvent scheduled) {
            tripStarts.put(scheduled.tripId().value(), scheduled.startDate());
            return scheduled.startDate();
        }
        TripId trip = tripOf(payload);
        return trip == null ? null : tripStarts.get(trip.value());
    }

    private static TripId tripOf(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("tripId") && component.getType() == TripId.class) {
                try {
                    return (TripId) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
