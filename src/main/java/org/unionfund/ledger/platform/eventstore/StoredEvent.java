package org.unionfund.ledger.platform.eventstore;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

/**
 * One event read back from a commit document (or a snapshot). Events without an aggregate report a {@code null}
 * aggregate identifier, which Axon turns into a plain, non-domain event message. Instances are not shared between
 * reads, so the token is set in place rather than by copying.
 */
final class StoredEvent implements TrackedEventData<Object>, DomainEventData<Object> {

    private TrackingToken token;
    private final long globalSequence;
    private final String aggregateType;
    private final String aggregateId;
    private final long sequenceNumber;
    private final String eventId;
    private final String timestamp;
    private final StoredData payload;
    private final StoredData metaData;

    StoredEvent(long globalSequence, String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                String timestamp, StoredData payload, StoredData metaData) {
        this.globalSequence = globalSequence;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.eventId = eventId;
        this.timestamp = timestamp;
        this.payload = payload;
        this.metaData = metaData;
    }

    @Override
    public TrackingToken trackingToken() {
        return token;
    }

    /** Sets the token once the reader has placed this event in the global stream. */
    StoredEvent tracked(TrackingToken token) {
        this.token = token;
        return this;
    }

    long globalSequence() {
        return globalSequence;
    }

    @Override
    public String getType() {
        return aggregateType;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateId;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String getEventIdentifier() {
        return eventId;
    }

    @Override
    public Instant getTimestamp() {
        return Instant.parse(timestamp);
    }

    @Override
    public SerializedObject<Object> getMetaData() {
        return metaData;
    }

    @Override
    public SerializedObject<Object> getPayload() {
        return payload;
    }

    @Override
    public String toString() {
        return "StoredEvent{gseq=" + globalSequence + ", aggregate=" + aggregateId + '/' + sequenceNumber
                + ", type=" + payload.getType() + ", token=" + token + '}';
    }
}
