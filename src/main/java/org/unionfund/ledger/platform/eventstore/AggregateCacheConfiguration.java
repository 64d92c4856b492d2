package org.unionfund.ledger.platform.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One aggregate cache per aggregate type, named in {@code @Aggregate(cache = ...)}: a command on an aggregate that is
 * still in memory skips the snapshot and event reads. The few aggregates nearly every trip command loads (ledgers,
 * programmes, reference data) are held strongly, a bounded number of each, so they survive garbage collections;
 * trips and worker histories, many and each loaded by a few commands, are held by weak references only.
 * <p>
 * A cached aggregate that another writer (another instance on the same store) has moved on cannot append: its next
 * sequence number is taken, and the unique {@code aggKeys} index refuses the commit. The unit of work rolls back,
 * which evicts the aggregate, and the command is retried on the aggregate reloaded from the store
 * ({@code ConcurrencyRetry}, or the importer's own retry); see {@code AggregateCacheTest}.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    /** Ledgers (one per province-level union) and programmes (a handful per body and year) held strongly. */
    static final int HOT_AGGREGATES = 256;
    /** Contractors, destinations and standard schedules held strongly: each a handful of events. */
    static final int REFERENCE_DATA = 1_024;

    @Bean
    public Cache ledgerCache() {
        return new BoundedAggregateCache(HOT_AGGREGATES);
    }

    @Bean
    public Cache programmeCache() {
        return new BoundedAggregateCache(HOT_AGGREGATES);
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
        return new BoundedAggregateCache(REFERENCE_DATA);
    }
}
