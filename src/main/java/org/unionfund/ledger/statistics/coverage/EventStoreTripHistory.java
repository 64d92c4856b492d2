package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** {@link TripHistory} on the event store: the aggregate's stream from sequence 0 (never from a snapshot). */
@Component
public class EventStoreTripHistory implements TripHistory {

    private final ObjectProvider<EventStore> eventStore;

    @Autowired
    public EventStoreTripHistory(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** For use outside Spring. */
    public EventStoreTripHistory(EventStore eventStore) {
        this(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("eventStore", eventStore)).getBeanProvider(EventStore.class));
    }

    @Override
    public List<Object> events(String tripAggregateId, long beforeSequence) {
        List<Object> payloads = new ArrayList<>();
        DomainEventStream stream = eventStore.getObject().readEvents(tripAggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (beforeSequence >= 0 && message.getSequenceNumber() >= beforeSequence) {
                break;
            }
            payloads.add(message.getPayload());
        }
        return payloads;
    }
}
