package org.unionfund.ledger.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Sends a command through the {@link CommandGateway} (metadata, retries on a lost optimistic-locking race) and tells
 * whether handling it recorded events. An idempotent repeat returns the original result without recording
 * anything, which lets the REST layer answer 200 instead of 201 with the same body.
 * <p>
 * How: while a command sent here is in flight, an event-bus dispatch interceptor watches for events published in
 * that command's unit of work and flags the command once the unit of work has committed. A retried command keeps
 * its message identifier, so only the attempt that committed sets the flag.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final Map<String, AtomicBoolean> inFlight = new ConcurrentHashMap<>();

    public CommandSender(CommandGateway gateway, EventBus eventBus) {
        this.gateway = gateway;
        eventBus.registerDispatchInterceptor(this::watch);
    }

    /** What the handler returned and whether events were committed for the command. */
    public record Sent<R>(R result, boolean recorded) {
    }

    /**
     * Sends and waits; exceptions of the handler (rule violations, {@code AggregateNotFoundException}, a
     * {@code ConcurrencyException} after the retries) are rethrown as they are.
     */
    public <R> Sent<R> send(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        AtomicBoolean recorded = new AtomicBoolean();
        inFlight.put(message.getIdentifier(), recorded);
        try {
            R result = gateway.sendAndWait(message);
            return new Sent<>(result, recorded.get());
        } finally {
            inFlight.remove(message.getIdentifier());
        }
    }

    private java.util.function.BiFunction<Integer, EventMessage<?>, EventMessage<?>> watch(
            List<? extends EventMessage<?>> events) {
        if (!events.isEmpty() && !inFlight.isEmpty() && CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            AtomicBoolean recorded = inFlight.get(root.getMessage().getIdentifier());
            if (recorded != null) {
                root.afterCommit(unitOfWork -> recorded.set(true));
            }
        }
        return (index, event) -> event;
    }
}
