package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The rules behind the fuzz test's issue-20 classes, one request each: every refusal is a 4xx problem+json naming
 * the rule and the field, carrying the correlation id, and nothing is written.
 */
class HostileInputRulesTest extends SecurityHttpTestBase {

    private static final String CONTRACTOR = """
            {"contractorId": "RULES-1", "name": "%s", "kind": "LICENSED_TRAVEL_AGENCY", "licenceNumber": "%s"}""";

    private Http.Reply post(String path, String contentType, String body) {
        return http.send("POST", path, SYSTEM, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private Http.Reply refused(Http.Reply reply, int status, String rule, String field) {
        reply.problem(status, rule);
        assertThat(reply.json().path("correlationId").asText()).as(reply.raw()).isNotBlank();
        if (field != null) {
            assertThat(reply.json().path("field").asText()).as(reply.raw()).isEqualTo(field);
        }
        return reply;
    }

    @Test
    void multipart_without_a_boundary_and_yaml_are_unsupported_and_a_wildcard_type_is_invalid() {
        long before = commits();
        String body = CONTRACTOR.formatted("旅行社", "L-1");
        refused(post("/api/v1/contractors", "multipart/form-data", body), 415, "unsupported-media-type", null);
        refused(post("/api/v1/contractors", "application/yaml", body), 415, "unsupported-media-type", null);
        refused(post("/api/v1/contractors", "*/*", body), 400, "invalid-value", null);
        assertThat(commits()).isEqualTo(before);
    }

    @Test
    void a_null_inside_a_list_is_refused_with_its_path() {
        refused(post("/api/v1/subsidies", "application/json", """
                {"subsidyId": "RULES-S", "fromBodyId": "330000", "fundId": "ZJ-SEC-FUND", "year": 2025,
                 "effectiveDate": "2025-04-01", "grants": [{"toBodyId": "330200", "amount": "1.00"}, null]}"""),
                400, "null-element", "grants[1]");
    }

    @Test
    void numbers_and_booleans_are_not_strings_and_blank_is_not_a_boolean() {
        refused(post("/api/v1/bodies", "application/json", """
                {"bodyId": 9223372036854775807, "name": "x", "level": "GRASSROOTS", "parentId": "330105"}"""),
                400, "invalid-value", "bodyId");
        refused(post("/api/v1/trips/SEC-GS-T1/corrections/no-show", "application/json", """
                {"correctionId": "RULES-C", "participantId": "W-x", "reason": true, "effectiveDate": "2025-05-20"}"""),
                400, "invalid-value", "reason");
        refused(post("/api/v1/destinations", "application/json", """
                {"destinationId": "RULES-D", "name": "基地", "regionCode": "330523", "pairedAidRegion": " "}"""),
                400, "invalid-value", "pairedAidRegion");
    }

    @Test
    void bidi_and_control_characters_and_look_alike_letters_are_unsafe_text() {
        refused(post("/api/v1/contractors", "application/json", CONTRACTOR.formatted("旅行社\\u202Eexe.txt", "L-1")),
                400, "unsafe-text", "name");
        refused(post("/api/v1/contractors", "application/json", CONTRACTOR.formatted("旅行社\\u007F", "L-1")),
                400, "unsafe-text", "name");
        refused(post("/api/v1/contractors", "application/json", CONTRACTOR.formatted("旅行社\\u0085", "L-1")),
                400, "unsafe-text", "name");
        refused(post("/api/v1/contractors", "application/json", CONTRACTOR.formatted("旅行社", "З30000")),
                400, "unsafe-text", "licenceNumber");
        refused(post("/api/v1/bodies", "application/json", """
                {"bodyId": "З30000", "name": "x", "level": "GRASSROOTS", "parentId": "330105"}"""),
                400, "unsafe-text", "bodyId");
    }

    @Test
    void a_wrong_enum_value_lists_the_allowed_ones() {
        Http.Reply reply = refused(post("/api/v1/bodies", "application/json", """
                {"bodyId": "RULES-B", "name": "x", "level": "VILLAGE", "parentId": "330105"}"""),
                400, "invalid-value", "level");
        assertThat(reply.json().path("allowed").toString()).contains("PROVINCE", "GRASSROOTS");
        assertThat(reply.json().path("detail").asText()).contains("VILLAGE", "GRASSROOTS");
    }

    @Test
    void every_validation_error_is_reported_at_once() {
        Http.Reply reply = refused(post("/api/v1/contractors", "application/json",
                CONTRACTOR.formatted("", "L".repeat(65))), 400, null, null);
        assertThat(reply.json().path("errors")).as(reply.raw()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reply.json().path("detail").asText()).contains("name", "licenceNumber");
    }
}
