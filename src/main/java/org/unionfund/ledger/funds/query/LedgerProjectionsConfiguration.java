package org.unionfund.ledger.funds.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.projection.ProjectionProcessingConfiguration;

/**
 * A failing handler in the ledger projections stops its processor and retries (with back-off) instead of skipping
 * the event, so balances never silently miss a posting; the processor status shows the error meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class LedgerProjectionsConfiguration {

    @Bean
    ConfigurerModule ledgerProjectionsStopOnError() {
        return ProjectionProcessingConfiguration.stopOnError(AccountBalanceProjection.GROUP,
                MatchingDeadlineProjection.GROUP);
    }
}
