package org.unionfund.ledger.platform.projection;

/**
 * An event handed to a {@link BatchProjection}: its payload, its position in the global stream, the sequence number
 * in its aggregate's stream (-1 when unknown) and its place in the batch.
 */
public record PositionedEvent(Object payload, EventPosition position, long sequenceNumber, int ordinal) {
}
