package org.unionfund.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.unionfund.ledger.testsupport.LedgerAppTest;

import com.fasterxml.jackson.databind.JsonNode;

@LedgerAppTest
class ApplicationStartupTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void health_answers_up() {
        var response = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("status").asText()).isEqualTo("UP");
        JsonNode store = response.getBody().path("components").path("ledgerStore");
        assertThat(store.path("status").asText()).isEqualTo("UP");
        assertThat(store.path("details").path("store").asText()).startsWith("embedded");
    }

    @Test
    void api_is_documented() {
        var response = http.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("paths").has("/api/v1/admin/processors")).isTrue();
        assertThat(response.getBody().at("/info/title").asText()).contains("工会福利资金账本", "Welfare Fund Ledger");
    }

    @Test
    void an_unknown_route_is_a_problem_document() {
        var response = http.getForEntity("/api/v1/no-such-thing", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }
}
