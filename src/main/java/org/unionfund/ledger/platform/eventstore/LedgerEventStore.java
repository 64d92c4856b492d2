package org.unionfund.ledger.platform.eventstore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Axon's embedded event store with a linear look-up of the events staged in the current unit of work chain.
 * Axon's own look-up (run for every aggregate loaded from the store) copies all staged events of the chain into one
 * list, de-duplicating with {@code List.contains}: quadratic in the events staged, so one unit of work that judges
 * thousands of trips (an import's dry run, a group of trips committed as one append) slowed down with every trip.
 * Here each unit's staged list gets an index by aggregate, extended as the (append-only) list grows; the answer is
 * the same — the aggregate's staged events, outermost unit first, rolled-back units left out, each event once.
 */
public class LedgerEventStore extends EmbeddedEventStore {

    private final String eventsKey;
    private final String indexKey;

    protected LedgerEventStore(Builder builder) {
        super(builder);
        // AbstractEventBus keeps each unit's staged events under this resource key (this + "_EVENTS").
        this.eventsKey = this + "_EVENTS";
        this.indexKey = this + "_STAGED_INDEX";
    }

    /** Builds the store from an {@link EmbeddedEventStore} builder. */
    public static LedgerEventStore of(Builder builder) {
        return new LedgerEventStore(builder);
    }

    /** How many events the given unit of work (not its parents) has staged so far. */
    public int stagedBy(UnitOfWork<?> unitOfWork) {
        return unitOfWork.<List<?>>getOrDefaultResource(eventsKey, Collections.emptyList()).size();
    }

    /** A copy of the events the given unit of work (not its parents) has staged so far. */
    public List<EventMessage<?>> stagedIn(UnitOfWork<?> unitOfWork) {
        return new ArrayList<>(unitOfWork.<List<EventMessage<?>>>getOrDefaultResource(eventsKey, List.of()));
    }

    @Override
    protected Stream<? extends DomainEventMessage<?>> stagedDomainEventMessages(String aggregateIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Stream.empty();
        }
        List<UnitOfWork<?>> chain = new ArrayList<>();
        for (UnitOfWork<?> unit = CurrentUnitOfWork.get(); unit != null; unit = unit.parent().orElse(null)) {
            chain.add(unit);
        }
        List<DomainEventMessage<?>> found = new ArrayList<>();
        Set<EventMessage<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = chain.size() - 1; i >= 0; i--) {
            UnitOfWork<?> unit = chain.get(i);
            if (unit.isRolledBack()) {
                continue;
            }
            for (DomainEventMessage<?> event : index(unit).of(aggregateIdentifier)) {
                if (seen.add(event)) {
                    found.add(event);
                }
            }
        }
        return found.stream();
    }

    private StagedIndex index(UnitOfWork<?> unit) {
        List<EventMessage<?>> staged = unit.getOrDefaultResource(eventsKey, Collections.emptyList());
        StagedIndex index = unit.getResource(indexKey);
        if (index == null || index.staged != staged) {
            index = new StagedIndex(staged);
            unit.resources().put(indexKey, index);
        }
        index.catchUp();
        return index;
    }

    /** One unit's staged events by aggregate identifier, indexed up to {@code indexed}. */
    private static final class StagedIndex {
        private final List<EventMessage<?>> staged;
        private final Map<String, List<DomainEventMessage<?>>> byAggregate = new HashMap<>();
        private int indexed;

        StagedIndex(List<EventMessage<?>> staged) {
            this.staged = staged;
        }

        void catchUp() {
            for (; indexed < staged.size(); indexed++) {
                if (staged.get(indexed) instanceof DomainEventMessage<?> event
                        && event.getAggregateIdentifier() != null) {
                    byAggregate.computeIfAbsent(event.getAggregateIdentifier(), k -> new ArrayList<>()).add(event);
                }
            }
        }

        List<DomainEventMessage<?>> of(String aggregateIdentifier) {
            return byAggregate.getOrDefault(aggregateIdentifier, List.of());
        }
    }
}
