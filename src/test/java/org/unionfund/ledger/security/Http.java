package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.unionfund.ledger.testsupport.Patience;

/**
 * A raw HTTP client for the security tests: any method, path, content type and bytes, as any test user or
 * anonymously ({@code user == null}), with nothing added behind the test's back.
 */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Patience.HANG_GUARD)
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    record Reply(int status, String contentType, String raw, JsonNode json, java.net.http.HttpHeaders headers) {

        String rule() {
            return json == null ? null : json.path("rule").asText(null);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json") && json != null
                    && json.path("status").asInt() == status && json.hasNonNull("rule");
        }

        Reply expect(int expected) {
            assertThat(status).as("status of %s", raw).isEqualTo(expected);
            return this;
        }

        /** A problem+json refusal with this status and, unless {@code rule} is null, this rule. */
        Reply problem(int expected, String rule) {
            expect(expected);
            assertThat(isProblem()).as("problem+json: %s (%s)", raw, contentType).isTrue();
            if (rule != null) {
                assertThat(rule()).as(raw).isEqualTo(rule);
            }
            return this;
        }
    }

    Reply get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    Reply post(String path, String user, String json) {
        return send("POST", path, user, "application/json", json == null ? null
                : json.getBytes(StandardCharsets.UTF_8));
    }

    Reply send(String method, String path, String user, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Patience.HANG_GUARD)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", TestUsers.basic(user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode json = null;
            try {
                json = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
            } catch (IOException notJson) {
                // left null: the caller asserts what it expects
            }
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    raw, json, response.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
