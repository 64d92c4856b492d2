package org.unionfund.ledger.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The one CLI HTTP client: JSON, downloads, streams, multipart uploads, and one-line failures. */
class CliHttpTest {

    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private CliHttp http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", exchange -> answer(exchange, 200, "application/json", "{\"n\":1}"));
        server.createContext("/problem", exchange -> answer(exchange, 400, "application/problem+json",
                "{\"rule\":\"invalid-value\",\"detail\":\"year must be 2000..2100\"}"));
        server.createContext("/plain-problem", exchange -> answer(exchange, 404, "application/problem+json",
                "{\"detail\":\"no projection named 'x'\"}"));
        server.createContext("/text", exchange -> answer(exchange, 502, "text/plain", "bad gateway"));
        server.createContext("/file", exchange -> {
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"r.csv\"");
            answer(exchange, 200, "text/csv", "a,b\n");
        });
        server.createContext("/upload", exchange -> {
            received.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            received.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 200, "application/json", "{\"written\":2}");
        });
        server.start();
        http = new CliHttp("http://127.0.0.1:" + server.getAddress().getPort() + "/", "admin", "secret");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void reads_json_and_downloads_with_headers() throws IOException {
        assertThat(http.get("/json").path("n").asInt()).isEqualTo(1);
        assertThat(http.post("/json").path("n").asInt()).isEqualTo(1);
        assertThat(http.download("/file").body()).isEqualTo("a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(http.download("/file").headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"r.csv\"");
        try (InputStream stream = http.stream("GET", "/json", java.net.http.HttpRequest.BodyPublishers.noBody(),
                null)) {
            assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
        }
    }

    @Test
    void uploads_file_parts_as_multipart_form_data_with_basic_authentication() {
        assertThat(http.upload("/upload", new MultipartBody().file("file", "trips.csv", "x,y".getBytes(
                StandardCharsets.UTF_8)).file("mapping", "mapping.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .path("written").asInt()).isEqualTo(2);
        String boundary = received.get("contentType").substring("multipart/form-data; boundary=".length());
        assertThat(received.get("body")).startsWith("--" + boundary + "\r\n")
                .contains("name=\"file\"; filename=\"trips.csv\"", "\r\n\r\nx,y\r\n",
                        "name=\"mapping\"; filename=\"mapping.json\"")
                .endsWith("--" + boundary + "--\r\n");
        assertThat(received.get("authorization")).isEqualTo("Basic YWRtaW46c2VjcmV0");
    }

    @Test
    void a_failure_is_one_line_with_the_status_and_the_problem() {
        assertThatThrownBy(() -> http.get("/problem")).isInstanceOf(CliException.class)
                .hasMessage("400 invalid-value: year must be 2000..2100");
        assertThatThrownBy(() -> http.download("/problem")).hasMessage("400 invalid-value: year must be 2000..2100");
        assertThatThrownBy(() -> http.get("/plain-problem")).hasMessage("404 no projection named 'x'");
        assertThatThrownBy(() -> http.get("/text")).hasMessage("502 bad gateway");
    }

    @Test
    void an_unreachable_server_is_named() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliHttp nowhere = new CliHttp("http://127.0.0.1:" + closed, null, null);
        assertThatThrownBy(() -> nowhere.get("/json")).isInstanceOf(CliException.class)
                .hasMessageStartingWith("cannot reach http://127.0.0.1:" + closed);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
