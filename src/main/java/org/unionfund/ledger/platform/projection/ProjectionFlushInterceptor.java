package org.unionfund.ledger.platform.projection;

import java.util.List;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs the batch of every projection of a processing group once the last event of the processor's batch has been
 * handled. That is still inside the batch's unit of work and before its commit, i.e. before the tracking processor
 * stores its token (it does so when the unit of work prepares its commit): the projection writes come first, the
 * token after them. A failure rolls the unit of work back, the token is not stored and the batch is delivered again.
 */
final class ProjectionFlushInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Supplier<List<BatchProjection>> lookup;
    private volatile List<BatchProjection> projections;

    ProjectionFlushInterceptor(Supplier<List<BatchProjection>> lookup) {
        this.lookup = lookup;
    }

    private List<BatchProjection> projections() {
        List<BatchProjection> found = projections;
        if (found == null) {
            found = List.copyOf(lookup.get());
            projections = found;
        }
        return found;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            for (BatchProjection projection : projections()) {
                projection.process(ProjectionBatches.take(unitOfWork, projection));
            }
        }
        return result;
    }
}
