package org.unionfund.ledger.platform.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One aggregate cache per aggregate type, named in {@code @Aggregate(cache = ...)}: a command on an aggregate that is
 * still in memory skips the snapshot and event reads. Entries are weak references, so the cache never holds memory
 * the JVM needs. A cached aggregate that another writer has moved on cannot append (the unique {@code aggKeys} index
 * refuses its sequence numbers); the unit of work rolls back, which evicts it, and the command is retried on the
 * reloaded aggregate ({@code ConcurrencyRetry}).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    @Bean
    public Cache ledgerCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache programmeCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache tripCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache workerCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache referenceDataCache() {
        return new WeakReferenceCache();
    }
}
