package org.unionfund.ledger.reporting.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report command's HTTP client: JSON calls and binary downloads, with optional Basic authentication. */
final class ReportHttp {

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

    ReportHttp(String base, String user, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) {
        HttpResponse<byte[]> response = send(path, "application/json");
        try {
            return response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new Failure("unreadable response: " + e.getMessage());
        }
    }

    HttpResponse<byte[]> download(String path) {
        return send(path, "*/*");
    }

    private HttpResponse<byte[]> send(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofHours(2))
                .header("Accept", accept).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Failure("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        if (response.statusCode() >= 400) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            String detail = text;
            try {
                JsonNode problem = json.readTree(text);
                if (problem != null && problem.has("detail")) {
                    detail = problem.path("rule").asText("") + ": " + problem.path("detail").asText();
                }
            } catch (IOException ignored) {
                // not JSON: show as it is
            }
            throw new Failure(response.statusCode() + " " + detail);
        }
        return response;
    }
}
