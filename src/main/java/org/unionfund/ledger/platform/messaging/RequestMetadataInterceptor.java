package org.unionfund.ledger.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

/**
 * Stamps every dispatched command with the acting principal and the request's correlation id; the
 * {@link LedgerCorrelationDataProvider} copies them onto the events the command causes.
 */
public class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ActorResolver actors;

    public RequestMetadataInterceptor(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(MetadataKeys.PRINCIPAL)) {
                return command;
            }
            Actor actor = actors.current();
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(MetadataKeys.PRINCIPAL, actor.principal());
            metadata.put(MetadataKeys.ROLE, actor.role());
            if (actor.body() != null) {
                metadata.put(MetadataKeys.BODY, actor.body());
            }
            String correlationId = MDC.get(MetadataKeys.CORRELATION_ID);
            metadata.put(MetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : command.getIdentifier());
            return command.andMetaData(metadata);
        };
    }
}
