package org.unionfund.ledger.funds.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing handler in the ledger projections stops its processor and retries (with back-off) instead of skipping
 * the event, so balances never silently miss a posting; the processor status shows the error meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class LedgerProjectionsConfiguration {

    @Bean
    ConfigurerModule ledgerProjectionsStopOnError() {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : new String[] {AccountBalanceProjection.GROUP, MatchingDeadlineProjection.GROUP}) {
                processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
            }
        });
    }
}
