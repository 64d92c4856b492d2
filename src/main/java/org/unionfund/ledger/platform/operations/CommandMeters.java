package org.unionfund.ledger.platform.operations;

import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.RuleViolation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every command handled on this node ({@value LedgerMeters#COMMANDS}, tags {@code type} and {@code outcome}).
 * The outcome is taken when the unit of work ends, so a command whose events could not be appended counts as
 * {@code conflict} or {@code failed}, not as accepted.
 */
@Component
public class CommandMeters implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    /** Axon's Spring Boot configuration registers every handler-interceptor bean on the command bus. */
    public CommandMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        long started = System.nanoTime();
        String type = simpleName(unitOfWork.getMessage().getCommandName());
        unitOfWork.afterCommit(done -> record(type, "accepted", started));
        unitOfWork.onRollback(done -> record(type, outcome(done.getExecutionResult() == null ? null
                : done.getExecutionResult().getExceptionResult()), started));
        return chain.proceed();
    }

    private void record(String type, String outcome, long started) {
        Timer.builder(LedgerMeters.COMMANDS).description("commands handled, by type and outcome")
                .tag("type", type).tag("outcome", outcome).register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    static String outcome(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation) {
                return "refused";
            }
            if (cause instanceof ConcurrencyException) {
                return "conflict";
            }
        }
        return "failed";
    }

    private static String simpleName(String commandName) {
        return commandName.substring(commandName.lastIndexOf('.') + 1).replace('$', '.');
    }
}
