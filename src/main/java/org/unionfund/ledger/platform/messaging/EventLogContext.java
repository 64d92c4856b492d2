package org.unionfund.ledger.platform.messaging;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * While a processor handles an event, the log's MDC holds the correlation id, principal and body of the request
 * that caused it (from the event's metadata), so the lines a projection logs can be traced to that request. Axon's
 * Spring Boot configuration registers this handler-interceptor bean on every event processor.
 */
@Component
public class EventLogContext implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final List<String> KEYS = List.of(MetadataKeys.CORRELATION_ID, MetadataKeys.PRINCIPAL,
            MetadataKeys.BODY);

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var metadata = unitOfWork.getMessage().getMetaData();
        try {
            for (String key : KEYS) {
                Object value = metadata.get(key);
                if (value != null) {
                    MDC.put(key, String.valueOf(value));
                }
            }
            return chain.proceed();
        } finally {
            KEYS.forEach(MDC::remove);
        }
    }
}
