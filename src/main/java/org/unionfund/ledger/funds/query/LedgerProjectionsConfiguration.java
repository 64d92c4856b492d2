package org.unionfund.ledger.funds.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.projection.ProjectionProcessingConfiguration;

/**
 * A failing handler in the matching deadlines stops its processor and retries (with back-off) instead of skipping
 * the event; the processor status shows the error meanwhile. (The account balances, a batch projection, get the same
 * from {@link ProjectionProcessingConfiguration}.)
 */
@Configuration(proxyBeanMethods = false)
class LedgerProjectionsConfiguration {

    @Bean
    ConfigurerModule ledgerProjectionsStopOnError() {
        return ProjectionProcessingConfiguration.stopOnError(MatchingDeadlineProjection.GROUP);
    }
}
