package org.unionfund.ledger.platform.eventstore;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The first event of an aggregate's stream (the one that opened it), read from the store: always current. */
public final class OpeningEvent {

    private OpeningEvent() {
    }

    /** The opening event of {@code aggregateId} if there is one and it is of {@code type}. */
    public static <T> Optional<T> of(EventStore events, String aggregateId, Class<T> type) {
        return events.readEvents(aggregateId, 0).asStream().findFirst()
                .map(message -> ((DomainEventMessage<?>) message).getPayload())
                .filter(type::isInstance).map(type::cast);
    }
}
