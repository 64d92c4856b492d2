package org.unionfund.ledger.recuperation.standard.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A failing standards handler stops and retries rather than skipping the event. */
@Configuration(proxyBeanMethods = false)
class StandardsProjectionConfiguration {

    @Bean
    ConfigurerModule standardsStopOnError() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(StandardsProjection.GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
