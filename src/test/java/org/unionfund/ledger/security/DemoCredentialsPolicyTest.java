package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.unionfund.ledger.platform.web.security.DemoCredentialsPolicy;
import org.unionfund.ledger.platform.pseudonym.PseudonymConfiguration;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.LedgerMongoProperties;

/** Demo users and the demo key start only in the embedded demo profile, or where explicitly allowed. */
class DemoCredentialsPolicyTest {

    /** zj-clerk / zj-clerk-demo, as in application-demo.yml. */
    private static final String DEMO_USER = "ledger.security.users.zj-clerk.password="
            + "{bcrypt}$2a$10$qXruJdtGiwT9ileSLBiZ..KOGJYH8wHfcy.zLJfEDIKxb8d46VIAC";
    private static final String OWN_KEY = "ledger.pseudonym.key=a-secret-of-our-own-0123456789abcdef";
    private static final String DEMO_KEY = "ledger.pseudonym.key=" + WorkerPseudonyms.DEMO_KEY;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({LedgerSecurityProperties.class, LedgerMongoProperties.class})
    static class Policy {
        @Bean
        DemoCredentialsPolicy policy(Environment environment, LedgerSecurityProperties security,
                LedgerMongoProperties store, WorkerPseudonyms pseudonyms) {
            return new DemoCredentialsPolicy(environment, security, store, pseudonyms,
                    PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(PseudonymConfiguration.class, Policy.class)
            .withPropertyValues("ledger.security.users.zj-clerk.role=CLERK", "ledger.security.users.zj-clerk.body=330000");

    @Test
    void the_embedded_demo_profile_starts_with_demo_users_and_key() {
        app.withPropertyValues("spring.profiles.active=demo", DEMO_USER, DEMO_KEY)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_real_store_refuses_demo_users_saying_what_to_set() {
        app.withPropertyValues("spring.profiles.active=demo", "ledger.mongo.uri=mongodb://db:27017", DEMO_USER, OWN_KEY)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("the demo users [zj-clerk]")
                            .hasMessageContaining("LEDGER_MONGO_URI")
                            .hasMessageContaining("SPRING_PROFILES_ACTIVE")
                            .hasMessageContaining("LEDGER_ALLOW_DEMO_CREDENTIALS=true");
                });
    }

    @Test
    void another_profile_refuses_the_demo_key_even_on_the_embedded_store() {
        app.withPropertyValues("spring.profiles.active=prod", DEMO_KEY).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("the demo pseudonym key")
                    .hasMessageContaining("LEDGER_PSEUDONYM_KEY");
        });
    }

    @Test
    void own_users_and_key_start_anywhere() {
        app.withPropertyValues("spring.profiles.active=prod", "ledger.mongo.uri=mongodb://db:27017", OWN_KEY,
                "ledger.security.users.zj-clerk.password={bcrypt}$2a$04$bAfZKJmtT827JeZxCHKh.uY5UXeemloHZ6t7GhW8ftp4jEoYVzkCW")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void an_explicit_opt_in_starts_a_demo_on_a_real_store() {
        app.withPropertyValues("ledger.mongo.uri=mongodb://db:27017", DEMO_USER, DEMO_KEY,
                "ledger.security.allow-demo-credentials=true").run(context -> assertThat(context).hasNotFailed());
    }
}
