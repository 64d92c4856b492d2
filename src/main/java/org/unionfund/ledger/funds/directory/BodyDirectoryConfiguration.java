package org.unionfund.ledger.funds.directory;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.projection.ProjectionProcessingConfiguration;

/** A failing directory handler stops and retries rather than skipping a registration. */
@Configuration(proxyBeanMethods = false)
class BodyDirectoryConfiguration {

    @Bean
    ConfigurerModule bodyDirectoryStopOnError() {
        return ProjectionProcessingConfiguration.stopOnError(BodyDirectoryProjection.GROUP);
    }
}
