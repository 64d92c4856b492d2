package org.unionfund.ledger.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.boot.autoconfigure.web.client.RestTemplateBuilderConfigurer;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;

/**
 * TEST-ONLY: HTTP clients of the test context authenticate as {@link TestUsers#SYSTEM} by default — the
 * auto-configured {@code TestRestTemplate} (built from this {@link RestTemplateBuilder}) and every injected
 * {@code RestClient.Builder}. {@code TestRestTemplate.withBasicAuth(user, password)} switches to another user.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

    @Bean
    RestTemplateBuilder ledgerTestRestTemplateBuilder(RestTemplateBuilderConfigurer configurer) {
        return configurer.configure(new RestTemplateBuilder()).basicAuthentication(TestUsers.SYSTEM,
                TestUsers.PASSWORD);
    }

    @Bean
    RestClientCustomizer ledgerTestRestClientAuthentication() {
        return builder -> builder.defaultHeaders(TestUsers::asSystem);
    }
}
