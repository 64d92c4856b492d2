package org.unionfund.ledger.relief.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relief campaigns' aggregate cache: a campaign paying many people is not replayed for every payment. */
@Configuration(proxyBeanMethods = false)
public class ReliefCacheConfiguration {

    @Bean
    public Cache reliefCampaignCache() {
        return new WeakReferenceCache();
    }
}
