package org.unionfund.ledger.platform.messaging;

import java.util.List;
import java.util.concurrent.Executors;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    CorrelationDataProvider ledgerCorrelationDataProvider() {
        return new LedgerCorrelationDataProvider();
    }

    /**
     * Commands carry the actor and correlation id; a command that lost an optimistic-concurrency race against
     * another writer is retried ({@link ConcurrencyRetry}); a refusal is not. Every
     * {@link CommandDispatchCheck} bean sees each command before it is dispatched and may refuse it.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ActorResolver actors,
            ObjectProvider<CommandDispatchCheck> checks) {
        List<CommandDispatchCheck> dispatchChecks = checks.orderedStream().toList();
        MessageDispatchInterceptor<CommandMessage<?>> checking = messages -> (index, command) -> {
            dispatchChecks.forEach(check -> check.check(command));
            return command;
        };
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(new RequestMetadataInterceptor(actors), checking)
                .retryScheduler(ConcurrencyRetry.scheduler(
                        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("command-retry"))))
                .build();
    }
}
