package org.unionfund.ledger.funds.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A failing directory handler stops and retries rather than skipping a registration. */
@Configuration(proxyBeanMethods = false)
class BodyDirectoryConfiguration {

    @Bean
    ConfigurerModule bodyDirectoryStopOnError() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(BodyDirectoryProjection.GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
