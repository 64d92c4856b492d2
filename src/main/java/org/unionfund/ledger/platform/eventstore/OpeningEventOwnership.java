package org.unionfund.ledger.platform.eventstore;

import java.util.Set;
import java.util.function.Function;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.unionfund.ledger.kernel.BodyOwnership;

/**
 * Owners stated by the event that opened an aggregate (a programme's opening, a trip's scheduling), read from its
 * own stream: always current, so a thing opened a moment ago is known. Subclasses name the kind, the aggregate id
 * of a request's id, the body the opening event names, and their refusal for an unknown id.
 */
public abstract class OpeningEventOwnership<E> implements BodyOwnership {

    private final EventStore events;
    private final Owned kind;
    private final Class<E> opening;
    private final Function<String, String> aggregateOf;
    private final Function<E, String> bodyOf;

    protected OpeningEventOwnership(EventStore events, Owned kind, Class<E> opening,
            Function<String, String> aggregateOf, Function<E, String> bodyOf) {
        this.events = events;
        this.kind = kind;
        this.opening = opening;
        this.aggregateOf = aggregateOf;
        this.bodyOf = bodyOf;
    }

    @Override
    public Owned owns() {
        return kind;
    }

    @Override
    public Set<String> ownersOf(String ledgerId, String id) {
        return events.readEvents(aggregateOf.apply(id), 0).asStream().findFirst()
                .map(message -> ((DomainEventMessage<?>) message).getPayload())
                .filter(opening::isInstance).map(opening::cast)
                .map(event -> Set.of(bodyOf.apply(event))).orElse(Set.of());
    }
}
