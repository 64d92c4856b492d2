package org.unionfund.ledger.recuperation.standard.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.projection.ProjectionProcessingConfiguration;

/** A failing standards handler stops and retries rather than skipping the event. */
@Configuration(proxyBeanMethods = false)
class StandardsProjectionConfiguration {

    @Bean
    ConfigurerModule standardsStopOnError() {
        return ProjectionProcessingConfiguration.stopOnError(StandardsProjection.GROUP);
    }
}
