package org.unionfund.ledger.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionfund.ledger.LedgerApplication;
import org.unionfund.ledger.testsupport.TestKeys;

/**
 * No outbound connection unless an operator turns one on: Axon's update checker (which reports usage to an outside
 * host at start and every minute) is disabled by the application's own configuration. Axon leaves the checker out
 * of contexts started from test code (it looks for test frameworks on the call stack), so the application is started
 * here from a plain thread, as {@code main} would: the checker's beans exist, and they say it is disabled.
 */
class UpdateCheckerDisabledTest {

    @Test
    void the_running_application_has_axons_update_checker_disabled_by_its_own_configuration() throws Exception {
        var starter = Executors.newSingleThreadExecutor();
        try (ConfigurableApplicationContext app = CompletableFuture.supplyAsync(UpdateCheckerDisabledTest::start,
                starter).get(120, TimeUnit.SECONDS)) {
            assertThat(app.getBeansOfType(UpdateChecker.class)).as("the checker is configured, as in production")
                    .hasSize(1);
            assertThat(app.getBean(UpdateCheckConfiguration.class).getDisabled())
                    .as("axon.update-check.disabled of application.yml").isTrue();
            assertThat(app.getBean("usagePropertyProvider", UsagePropertyProvider.class).getDisabled())
                    .as("what the checker decides by").isTrue();
        } finally {
            starter.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start() {
        String database = "updates_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--ledger.mongo.database=" + database,
                "--ledger.audit.key-dir=" + TestKeys.dir(database),
                "--ledger.mongo.embedded.backend=memory",
                "--ledger.mongo.embedded.port=0",
                "--ledger.matching.scheduler-enabled=false",
                "--ledger.audit.sealer-enabled=false",
                "--ledger.demo.enabled=false",
                "--spring.main.banner-mode=off"));
        return new SpringApplicationBuilder(LedgerApplication.class).run(arguments.toArray(String[]::new));
    }
}
