package org.unionfund.ledger.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.unionfund.ledger.demo.scenario.DemoScale;

/**
 * {@code ledger.demo.*}: the demo dataset loaded at start-up into an empty store (docs/demo-data.md).
 *
 * @param enabled            load at start-up (application.yml: true, env {@code LEDGER_DEMO_ENABLED}); tests: false
 * @param scale              {@code default} or {@code province-year} (env {@code LEDGER_DEMO_SCALE})
 * @param principal          the demo user every command (and so every event) is signed by, with role SYSTEM
 * @param threads            trips (and ledgers) sent in parallel
 * @param seed               seed of the generated people, attendance and amounts; same seed, same dataset
 * @param allowExternalStore also load into a real MongoDB ({@code ledger.mongo.uri}), not only the embedded store
 * @param provinceYearTrips  trips of the province-year's extra programmes (40,000 = Zhejiang's real scale; fewer
 *                           for a fraction of it)
 */
@ConfigurationProperties("ledger.demo")
public record DemoDataProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("default") DemoScale scale,
        @DefaultValue("demo-loader") String principal,
        @DefaultValue("2") int threads,
        @DefaultValue("20250425") long seed,
        @DefaultValue("false") boolean allowExternalStore,
        @DefaultValue("40000") int provinceYearTrips) {
}
