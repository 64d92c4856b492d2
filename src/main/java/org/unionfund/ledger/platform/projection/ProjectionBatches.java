package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The events of the current Axon batch per projection, kept as a resource of the processor's (batching) unit of
 * work, so a rolled-back batch leaves nothing behind.
 */
public final class ProjectionBatches {

    private ProjectionBatches() {
    }

    static String key(BatchProjection projection) {
        return "projection-batch:" + projection.name() + ":" + System.identityHashCode(projection);
    }

    static void record(BatchProjection projection, Object payload, TrackingToken token, long sequenceNumber) {
        EventPosition position = EventPosition.of(token);
        if (!CurrentUnitOfWork.isStarted()) {
            projection.process(List.of(new PositionedEvent(payload, position, sequenceNumber, 0)));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<PositionedEvent> batch = unitOfWork.getOrComputeResource(key(projection), k -> new ArrayList<>());
        batch.add(new PositionedEvent(payload, position, sequenceNumber, batch.size()));
    }

    /** Takes the recorded batch of a projection out of the unit of work (empty when nothing was recorded). */
    static List<PositionedEvent> take(UnitOfWork<?> unitOfWork, BatchProjection projection) {
        List<PositionedEvent> batch = unitOfWork.root().resources().remove(key(projection)) instanceof List<?> list
                ? cast(list) : List.of();
        return batch;
    }

    @SuppressWarnings("unchecked")
    private static List<PositionedEvent> cast(List<?> list) {
        return (List<PositionedEvent>) list;
    }
}
