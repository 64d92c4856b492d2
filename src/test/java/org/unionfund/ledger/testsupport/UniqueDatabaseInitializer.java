package org.unionfund.ledger.testsupport;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own database, so test classes never see each other's events — on the
 * embedded server (in memory, random port) and on a real MongoDB named by {@code LEDGER_MONGO_URI} alike.
 */
public class UniqueDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("unique-test-database",
                Map.of("ledger.mongo.database", database,
                        "ledger.mongo.embedded.backend", "memory",
                        "ledger.mongo.embedded.port", "0")));
    }
}
