package org.unionfund.ledger.platform.cli;

import java.io.FileNotFoundException;
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

/**
 * The one HTTP client of every {@code cli} command: JSON calls, streamed and downloaded bodies, file and multipart
 * uploads, with optional Basic authentication. Every failure is a {@link CliException} in one line: the status and
 * the problem's rule and detail, or why the server could not be reached.
 */
public final class CliHttp {

    private static final String JSON = "application/json, application/x-ndjson";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;

    public CliHttp(String base, String user, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    public ObjectMapper json() {
        return json;
    }

    public JsonNode get(String path) {
        return parse(send(request(path, JSON).GET().build()));
    }

    public JsonNode post(String path) {
        return parse(send(request(path, JSON).POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    public JsonNode postJson(String path, Object body) {
        try {
            return parse(send(request(path, JSON).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build()));
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
    }

    public JsonNode postFile(String path, Path file, String contentType) {
        try {
            return parse(send(request(path, JSON).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build()));
        } catch (FileNotFoundException e) {
            throw new CliException("no such file: " + file);
        }
    }

    /** Posts a multipart/form-data body of the given file parts and reads the JSON answer. */
    public JsonNode upload(String path, MultipartBody body) {
        return parse(send(request(path, JSON).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build()));
    }

    /** A streamed response body; the caller closes it. */
    public InputStream stream(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = request(path, JSON).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return ok(send(request.build())).body();
    }

    /** A whole response of any type (a report file), with its headers. */
    public HttpResponse<byte[]> download(String path) {
        HttpResponse<byte[]> response = send(request(path, "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    private HttpRequest.Builder request(String path, String accept) {
        // a hang guard only: exports and replays of a large log legitimately stream for hours
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofHours(12)).header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new CliException("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private JsonNode parse(HttpResponse<InputStream> response) {
        try (InputStream body = ok(response).body()) {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new CliException("unreadable response: " + e.getMessage());
        }
    }

    private HttpResponse<InputStream> ok(HttpResponse<InputStream> response) {
        if (response.statusCode() < 400) {
            return response;
        }
        String text;
        try (InputStream body = response.body()) {
            text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        throw failure(response.statusCode(), text);
    }

    /** The status and a problem+json body as "rule: detail"; any other body as it is. */
    private CliException failure(int status, String text) {
        return new CliException(status + " " + problem(text));
    }

    private String problem(String text) {
        try {
            JsonNode problem = json.readTree(text);
            if (problem != null && problem.has("detail")) {
                String rule = problem.path("rule").asText("");
                return (rule.isEmpty() ? "" : rule + ": ") + problem.path("detail").asText();
            }
        } catch (IOException ignored) {
            // not JSON: show as it is
        }
        return text;
    }
}
