package org.unionfund.ledger.testsupport;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Gives every Spring test context its own database, so test classes never see each other's events — on the
 * embedded server (in memory, random port) and on a real MongoDB named by {@code LEDGER_MONGO_URI} alike. With the
 * system property {@code ledger.test.store-dir} (benchmarks only: a province-year import does not fit in memory) the
 * embedded server is the application's file-backed one, in a folder of that directory.
 * <p>
 * The demo-data loader and the background sealer of projection snapshots are off in tests
 * ({@code ledger.demo.enabled=false}, {@code ledger.projections.sealer-enabled=false}), with a lower precedence than
 * test properties, so a test class can turn them on with
 * {@code @TestPropertySource(properties = "ledger.demo.enabled=true")}.
 */
public class UniqueDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String storeDir = System.getProperty("ledger.test.store-dir");
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("unique-test-database",
                Map.of("ledger.mongo.database", database,
                        "ledger.mongo.embedded.backend", storeDir == null ? "memory" : "file",
                        "ledger.mongo.embedded.data-dir", storeDir == null ? "" : storeDir + "/" + database,
                        "ledger.mongo.embedded.port", "0",
                        "ledger.audit.key-dir", TestKeys.dir(database).toString())));
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource demoOff = new MapPropertySource("demo-data-off-in-tests",
                Map.of("ledger.demo.enabled", "false", "ledger.projections.sealer-enabled", "false"));
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, demoOff);
        } else {
            sources.addLast(demoOff);
        }
    }
}
