package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * The whole application on a random port over the embedded store (or {@code LEDGER_MONGO_URI}), shared by all HTTP
 * test classes of the ledger (same configuration, so Spring caches one context). The matching scheduler's timer is
 * off: tests run it explicitly with the time they need. Each test class works in ledgers of its own.
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.matching.scheduler-enabled=false")
abstract class LedgerHttpTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    EventStore eventStore;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** A response: status, headers and the body as JSON (null when empty). */
    record Reply(int status, HttpHeaders headers, String raw, JsonNode json) {

        JsonNode at(String pointer) {
            return json.at(pointer);
        }

        String text(String pointer) {
            return json.at(pointer).asText();
        }

        Reply expect(int expected) {
            assertThat(status).as("status of %s", raw).isEqualTo(expected);
            return this;
        }

        /** Asserts a problem+json refusal with this status, rule and (if not null) field. */
        Reply problem(int expected, String rule, String field) {
            expect(expected);
            assertThat(headers.getContentType()).as(raw).isNotNull();
            assertThat(headers.getContentType().toString()).contains("application/problem+json");
            assertThat(text("/rule")).as(raw).isEqualTo(rule);
            assertThat(json.path("status").asInt()).isEqualTo(expected);
            if (field != null) {
                assertThat(text("/field")).as(raw).isEqualTo(field);
            }
            return this;
        }
    }

    Reply post(String path, String body, String... headers) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.body(body);
        }
        return reply(request.retrieve().toEntity(String.class));
    }

    Reply get(String path) {
        return reply(http.get().uri(path).retrieve().toEntity(String.class));
    }

    static Reply reply(ResponseEntity<String> response) {
        try {
            String raw = response.getBody();
            return new Reply(response.getStatusCode().value(), response.getHeaders(), raw,
                    raw == null || raw.isBlank() ? null : JSON.readTree(raw));
        } catch (Exception e) {
            throw new AssertionError("response is not JSON: " + response.getBody(), e);
        }
    }

    static String json(Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Commit documents in the event store (one per command that recorded events). */
    long commits() {
        return database.getCollection("events").countDocuments();
    }

    /** The projections of the ledger core (other features' processors are not waited for). */
    static final List<String> LEDGER_PROCESSORS = List.of("account-balances", "matching-deadlines", "standards",
            "body-directory");

    /** Waits until the ledger's tracking processors have handled everything in the event log up to now. */
    void awaitProjections() {
        long head = eventStore.createHeadToken() == null ? 0
                : eventStore.createHeadToken().position().orElse(0);
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (String name : LEDGER_PROCESSORS) {
                ProcessorStatus status = processors.status(name);
                if (status.segments().isEmpty() || status.position() < head) {
                    return false;
                }
            }
            return true;
        });
    }

    Reply register(String id, String name, String level, String parent) {
        return post("/api/v1/bodies", parent == null
                ? """
                  {"bodyId": "%s", "name": "%s", "level": "%s"}""".formatted(id, name, level)
                : """
                  {"bodyId": "%s", "name": "%s", "level": "%s", "parentId": "%s"}"""
                        .formatted(id, name, level, parent));
    }

    /** The balance of the body's account with this key, from GET /bodies/{id}/accounts. */
    static String balance(Reply accounts, String key) {
        for (JsonNode account : accounts.json.path("accounts")) {
            if (account.at("/account/key").asText().equals(key)) {
                return account.path("balance").asText();
            }
        }
        return null;
    }
}
