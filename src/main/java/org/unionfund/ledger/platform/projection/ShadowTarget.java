package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/** A projection instance being filled from the log in a rebuild, whatever kind of projection it is. */
public interface ShadowTarget {

    /** The projection's name (for a per-event projection: its processing group). */
    String name();

    /** The base names of the collections it writes. */
    Set<String> collections();

    boolean handles(TrackedEventMessage<?> message);

    /** Applies a batch of messages, all of which it {@link #handles}. */
    void apply(List<TrackedEventMessage<?>> batch) throws Exception;

    /** A {@link BatchProjection} instance: batches go to {@link BatchProjection#process}. */
    static ShadowTarget of(BatchProjection projection) {
        return new ShadowTarget() {
            @Override
            public String name() {
                return projection.name();
            }

            @Override
            public Set<String> collections() {
                return Set.copyOf(projection.collectionNames());
            }

            @Override
            public boolean handles(TrackedEventMessage<?> message) {
                return projection.handles(message.getPayloadType());
            }

            @Override
            public void apply(List<TrackedEventMessage<?>> batch) {
                List<PositionedEvent> events = new ArrayList<>(batch.size());
                for (TrackedEventMessage<?> m : batch) {
                    long seq = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1;
                    events.add(new PositionedEvent(m.getPayload(), EventPosition.of(m.trackingToken()), seq,
                            events.size()));
                }
                projection.process(events);
            }
        };
    }

    /** A projection with Axon {@code @EventHandler} methods, fed one event at a time through Axon's adapter. */
    static ShadowTarget annotated(String name, Object instance, Set<String> collections) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(instance);
        return new ShadowTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> collections() {
                return Set.copyOf(collections);
            }

            @Override
            public boolean handles(TrackedEventMessage<?> message) {
                return adapter.canHandleType(message.getPayloadType()) && adapter.canHandle(message);
            }

            @Override
            public void apply(List<TrackedEventMessage<?>> batch) throws Exception {
                for (TrackedEventMessage<?> m : batch) {
                    adapter.handle(m);
                }
            }
        };
    }
}
