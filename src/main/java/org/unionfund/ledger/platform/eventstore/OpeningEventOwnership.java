package org.unionfund.ledger.platform.eventstore;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.unionfund.ledger.kernel.BodyOwnership;

/**
 * Owners stated by the event that opened an aggregate (a programme's opening, a trip's scheduling), read from its
 * own stream: always current, so a thing opened a moment ago is known. The owners function of a feature's
 * {@link BodyOwnership#of}; the feature names the aggregate id of a request's id and the body the opening event names.
 */
public final class OpeningEventOwnership {

    private OpeningEventOwnership() {
    }

    public static <E> BiFunction<String, String, Set<String>> owners(EventStore events, Class<E> opening,
            Function<String, String> aggregateOf, Function<E, String> bodyOf) {
        return (ledgerId, id) -> events.readEvents(aggregateOf.apply(id), 0).asStream().findFirst()
                .map(message -> ((DomainEventMessage<?>) message).getPayload())
                .filter(opening::isInstance).map(opening::cast)
                .map(event -> Set.of(bodyOf.apply(event))).orElse(Set.of());
    }
}
