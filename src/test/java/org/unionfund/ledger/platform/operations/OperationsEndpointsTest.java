package org.unionfund.ledger.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an operator scrapes and probes: public health says only UP/DOWN; its details, metrics and the Prometheus
 * endpoint need an ADMIN; the ledger's own meters (commands, events, projection lag, seal lag) are in the scrape.
 */
@LedgerAppTest
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsTest {

    @Autowired
    TestRestTemplate http;

    private TestRestTemplate anonymous() {
        return new TestRestTemplate();
    }

    private String url(String path) {
        return http.getRootUri() + path;
    }

    @Test
    void anyone_sees_health_liveness_and_readiness_but_no_details() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ResponseEntity<JsonNode> health = anonymous().getForEntity(url(path), JsonNode.class);
                assertThat(health.getStatusCode().value()).as(path).isEqualTo(200);
                assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
                assertThat(health.getBody().has("components")).as("components of " + path).isFalse();
            });
        }
    }

    @Test
    void an_admin_sees_the_health_details_including_start_up_catch_up() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = http.withBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD)
                    .getForObject("/actuator/health", JsonNode.class);
            assertThat(health.path("components").path("startupCatchUp").path("status").asText()).isEqualTo("UP");
            assertThat(health.path("components").path("ledgerStore").path("details").has("store")).isTrue();
        });
    }

    @Test
    void metrics_and_prometheus_need_an_admin() {
        assertThat(anonymous().getForEntity(url("/actuator/prometheus"), String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(anonymous().getForEntity(url("/actuator/metrics"), String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(http.withBasicAuth(TestUsers.ZJ_STAFF, TestUsers.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD)
                .getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void the_prometheus_scrape_shows_commands_events_projection_lag_and_seal_lag() {
        var created = http.postForEntity("/api/v1/bodies", json("""
                {"bodyId": "650000", "name": "新疆维吾尔自治区总工会", "level": "PROVINCE"}"""), String.class);
        assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isTrue();
        var refused = http.postForEntity("/api/v1/bodies", json("""
                {"bodyId": "OPS-2", "name": "无效", "level": "PROVINCE"}"""), String.class);
        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();

        String scrape = http.withBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD)
                .getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).as("one command, counted once").containsPattern("ledger_commands_seconds_count\\{"
                + "application=\"welfare-ledger\",outcome=\"accepted\",type=\"RegisterUnionBodyCommand\"} 1(\\.0)?\n");
        assertThat(scrape).as("a refusal").containsPattern("ledger_commands_seconds_count\\{"
                + "application=\"welfare-ledger\",outcome=\"refused\",type=\"RegisterUnionBodyCommand\"} 1(\\.0)?\n");
        assertThat(scrape).containsPattern("ledger_events_appended_total\\{[^}]*} [1-9]");
        assertThat(scrape).containsPattern("ledger_projection_lag\\{[^}]*processor=\"account-balances\"[^}]*} ");
        assertThat(scrape).contains("ledger_audit_seal_lag{");
    }

    private static org.springframework.http.HttpEntity<String> json(String body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return new org.springframework.http.HttpEntity<>(body, headers);
    }
}
