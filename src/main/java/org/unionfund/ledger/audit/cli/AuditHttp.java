package org.unionfund.ledger.audit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit commands' HTTP client: JSON calls and streamed bodies, with optional Basic authentication. */
final class AuditHttp {

    /** A failure reported in one line; the command exits non-zero. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;

    AuditHttp(String base, String user, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String path) {
        return parse(send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    JsonNode postJson(String path, Object body) {
        try {
            return parse(send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new Failure(e.getMessage());
        }
    }

    /** A streamed response body; the caller closes it. */
    InputStream stream(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = request(path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            throw failure(response);
        }
        return response.body();
    }

    JsonNode postFile(String path, Path file, String contentType) {
        try {
            return parse(send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (java.io.FileNotFoundException e) {
            throw new Failure("no such file: " + file);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofHours(12)).header("Accept", "application/json, application/x-ndjson");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new Failure("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private JsonNode parse(HttpResponse<InputStream> response) {
        if (response.statusCode() >= 400) {
            throw failure(response);
        }
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new Failure("unreadable response: " + e.getMessage());
        }
    }

    private Failure failure(HttpResponse<InputStream> response) {
        String text;
        try (InputStream body = response.body()) {
            text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        String detail = text;
        try {
            JsonNode problem = json.readTree(text);
            if (problem != null && problem.has("detail")) {
                detail = problem.path("rule").asText("") + ": " + problem.path("detail").asText();
            }
        } catch (IOException ignored) {
            // not JSON: show as it is
        }
        return new Failure(response.statusCode() + " " + detail);
    }
}
