package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request size, strict JSON, the safe id alphabet in bodies, paths and query parameters, and Jackson's default typing.
 * Every refusal is problem+json and records nothing.
 */
class InputLimitsTest extends SecurityHttpTestBase {

    private static final int LIMIT = 1024 * 1024;

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    RequestMappingHandlerAdapter mvc;

    @Test
    void a_body_of_exactly_one_megabyte_is_read_and_one_byte_more_is_413() {
        String json = """
                {"bodyId": "GS-LIMIT", "name": "基层工会 limit", "level": "GRASSROOTS", "parentId": "330105"}""";
        byte[] exact = pad(json, LIMIT);
        assertThat(exact).hasSize(LIMIT);
        long before = commits();
        http.send("POST", "/api/v1/bodies", SYSTEM, "application/json", pad(json, LIMIT + 1))
                .problem(413, "payload-too-large");
        assertThat(commits()).isEqualTo(before);
        http.send("POST", "/api/v1/bodies", SYSTEM, "application/json", exact).expect(201);
    }

    @Test
    void a_chunked_body_above_the_limit_is_413() throws Exception {
        byte[] body = pad("{\"bodyId\": \"GS-CHUNKED\"}", LIMIT + 4096);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/bodies"))
                .header("Authorization", TestUsers.basic(SYSTEM)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void strict_json_refuses_unknown_fields_polymorphic_payloads_duplicates_and_type_coercions() {
        long before = commits();
        String base = """
                "name": "基层工会", "level": "GRASSROOTS", "parentId": "330105\"""";
        refused("{\"bodyId\": \"GS-X1\", " + base + ", \"colour\": \"red\"}", "unknown-field");
        refused("{\"bodyId\": \"GS-X2\", " + base + ", \"@class\": \"java.lang.ProcessBuilder\"}", "unknown-field");
        refused("{\"bodyId\": \"GS-X3\", \"bodyId\": \"GS-X4\", " + base + "}", null);
        refused("{\"bodyId\": \"GS-X5\", " + base + "} {}", null);
        refused("{\"bodyId\": {\"$gt\": \"\"}, " + base + "}", "invalid-value");
        refused("{\"bodyId\": [\"java.util.HashMap\", {}], " + base + "}", "invalid-value");
        refused("{\"bodyId\": \"$gt\", " + base + "}", "invalid-id");
        refused("{\"bodyId\": \"GS-X6\", \"name\": \"基层工会\", \"level\": 5, \"parentId\": \"330105\"}",
                "invalid-value");
        http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "F-X7", "bodyId": "330105", "year": 2025.5, "purpose": "OTHER", "total": "1.00",
                 "effectiveDate": "2025-02-01"}""").problem(400, "invalid-value");
        http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "F-X8", "bodyId": "330105", "year": 2025, "purpose": "OTHER", "total": "1.00",
                 "effectiveDate": 20000}""").problem(400, "invalid-value");
        http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "F-X9", "bodyId": "330105", "year": 1e309, "purpose": "OTHER", "total": "1.00",
                 "effectiveDate": "2025-02-01"}""").problem(400, "invalid-value");
        http.post("/api/v1/destinations", SYSTEM, """
                {"destinationId": "D-X10", "name": "基地", "regionCode": "330523", "pairedAidRegion": 1}""")
                .problem(400, "invalid-value");
        http.post("/api/v1/destinations", SYSTEM, """
                {"destinationId": "D-X11", "name": "基地", "regionCode": {"$ne": null}, "pairedAidRegion": false}""")
                .problem(400, "invalid-value");
        assertThat(commits()).isEqualTo(before);
    }

    @Test
    void path_and_query_parameters_keep_to_the_safe_alphabet() {
        http.get("/api/v1/bodies/%24gt", SYSTEM).problem(400, "invalid-id");
        http.get("/api/v1/bodies/330105%20OR%201=1", SYSTEM).problem(400, "invalid-id");
        http.get("/api/v1/trips/%E4%B8%AD%E6%96%87", SYSTEM).problem(400, "invalid-id");
        http.get("/api/v1/standards/in-force?region=%7B%22%24gt%22%3A%22%22%7D&kind=DAILY_PRICE_CAP&date=2025-01-01",
                SYSTEM).problem(400, "invalid-value");
        http.get("/api/v1/bodies/330105/accounts?year%5B%24gt%5D=1", SYSTEM).problem(400, "invalid-value");
        http.get("/api/v1/standards/in-force?region=330105&kind=DAILY_PRICE_CAP&date=2025-01-01%00", SYSTEM)
                .problem(400, "invalid-value");
        // relative and encoded path segments are refused before anything routes them: by the servlet container
        // (encoded slash, NUL) or by the security firewall (dot segments)
        http.get("/api/v1/bodies/..%2F..%2Fadmin", SYSTEM).problem(400, null);
        http.get("/api/v1/bodies/a%00b", SYSTEM).problem(400, null);
        http.get("/api/v1/bodies/%2e%2e/children", SYSTEM).problem(400, "invalid-path");
        http.get("/api/v1/bodies/330105/../../admin/users", SYSTEM).problem(400, "invalid-path");
        http.get("/api/v1/bodies/330105;jsessionid=x", SYSTEM).problem(400, "invalid-path");
    }

    @Test
    void wrong_content_types_and_methods_are_problems() {
        long before = commits();
        byte[] body = "{\"bodyId\": \"GS-CT\", \"name\": \"x\", \"level\": \"GRASSROOTS\", \"parentId\": \"330105\"}"
                .getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            http.send("POST", "/api/v1/bodies", SYSTEM, type, body).problem(415, "unsupported-media-type");
        }
        http.send("POST", "/api/v1/bodies", SYSTEM, null, body).problem(415, "unsupported-media-type");
        http.send("DELETE", "/api/v1/bodies/330105", SYSTEM, null, null).problem(405, "method-not-allowed");
        assertThat(commits()).isEqualTo(before);
    }

    @Test
    void jackson_default_typing_is_off_for_the_api_and_the_event_serializer() {
        assertNoDefaultTyping(objectMapper);
        mvc.getMessageConverters().stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(c -> ((MappingJackson2HttpMessageConverter) c).getObjectMapper())
                .forEach(InputLimitsTest::assertNoDefaultTyping);
        Map<String, Serializer> serializers = context.getBeansOfType(Serializer.class);
        assertThat(serializers).isNotEmpty();
        serializers.values().stream().filter(JacksonSerializer.class::isInstance)
                .map(s -> ((JacksonSerializer) s).getObjectMapper())
                .forEach(InputLimitsTest::assertNoDefaultTyping);
    }

    private static void assertNoDefaultTyping(ObjectMapper mapper) {
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                .as("default typing of %s", mapper).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                .as("default typing of %s", mapper).isNull();
    }

    private void refused(String json, String rule) {
        http.post("/api/v1/bodies", SYSTEM, json).problem(400, rule);
    }

    /** The JSON text followed by spaces up to exactly {@code size} bytes. */
    private static byte[] pad(String json, int size) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[size];
        System.arraycopy(text, 0, padded, 0, text.length);
        java.util.Arrays.fill(padded, text.length, size, (byte) ' ');
        return padded;
    }
}
