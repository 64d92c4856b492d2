package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.web.security.PseudonymKeyPolicy;
import org.unionfund.ledger.platform.pseudonym.PseudonymConfiguration;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;

/** The demo pseudonym key is refused in production (jwt) mode unless explicitly allowed; short keys always. */
class PseudonymKeyPolicyTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LedgerSecurityProperties.class)
    static class Policy {
        @Bean
        PseudonymKeyPolicy policy(LedgerSecurityProperties properties, WorkerPseudonyms pseudonyms) {
            return new PseudonymKeyPolicy(properties, pseudonyms);
        }
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(PseudonymConfiguration.class, Policy.class);

    @Test
    void jwt_mode_refuses_to_start_with_the_demo_key() {
        app.withPropertyValues("ledger.security.mode=jwt", "ledger.pseudonym.key=" + WorkerPseudonyms.DEMO_KEY)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("demo worker-pseudonym key");
                });
    }

    @Test
    void jwt_mode_starts_with_the_demo_key_only_when_explicitly_allowed_or_with_a_key_of_its_own() {
        app.withPropertyValues("ledger.security.mode=jwt", "ledger.pseudonym.key=" + WorkerPseudonyms.DEMO_KEY,
                "ledger.security.allow-demo-pseudonym-key=true").run(context -> assertThat(context).hasNotFailed());
        app.withPropertyValues("ledger.security.mode=jwt", "ledger.pseudonym.key=a-secret-of-our-own-0123456789abcdef")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void basic_mode_the_embedded_demo_starts_with_the_demo_key() {
        app.withPropertyValues("ledger.pseudonym.key=" + WorkerPseudonyms.DEMO_KEY)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_key_shorter_than_32_characters_is_refused_in_any_mode() {
        assertThatThrownBy(() -> new WorkerPseudonyms("short-key")).isInstanceOf(IllegalStateException.class);
        app.withPropertyValues("ledger.pseudonym.key=too-short").run(context -> assertThat(context).hasFailed());
    }
}
