package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.reporting.dashboard.DashboardScenario.map;
import static org.unionfund.ledger.reporting.dashboard.DashboardScenario.read;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The list endpoints over the dashboard scenario plus one allocation document (浙江 → 宁波): filters, the one page
 * style, the reader's scope and clear refusals of bad filters.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=lists"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListEndpointsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    @BeforeAll
    void load() {
        RestClient system = client(TestUsers.SYSTEM);
        DashboardScenario scenario = new DashboardScenario(system, commands);
        scenario.load();
        ResponseEntity<String> issued = system.post().uri("/api/v1/allocation-documents")
                .contentType(MediaType.APPLICATION_JSON).body(map("documentId", "ZJ-2025-DOC-9", "documentNumber",
                        "浙工〔2025〕9号", "title", "关于下达宁波市职工疗休养补助资金的通知", "documentDate", "2025-03-15",
                        "fromBodyId", "330000", "toBodyId", "330200", "lines", List.of(map("fundId",
                                "ZJ-2025-RECUP", "amount", "100000.00"))))
                .retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(String.class);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
        scenario.caughtUp();
    }

    @Test
    void funds_are_listed_with_names_filtered_and_paged() {
        JsonNode all = get(TestUsers.ZJ_STAFF, "/api/v1/funds?year=2025");
        assertThat(all.path("totalItems").asInt()).isEqualTo(4);
        assertThat(ids(all, "fundId")).containsExactly("ZJ-2025-RECUP", "GS-2025-RECUP", "XH-2025-RECUP",
                "YZ-2025-RECUP");
        assertThat(all.path("items").get(0).path("bodyName").asText()).isEqualTo("浙江省总工会");
        assertThat(all.path("items").get(0).path("total").asText()).isEqualTo("20000000.00");
        assertThat(all.path("items").get(0).path("earmarked").asText()).isEqualTo("10000000.00");

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = get(TestUsers.ZJ_STAFF, "/api/v1/funds?year=2025&size=2&page=" + page);
            assertThat(p.path("page").asInt()).isEqualTo(page);
            assertThat(p.path("size").asInt()).isEqualTo(2);
            assertThat(p.path("totalItems").asInt()).isEqualTo(4);
            paged.addAll(ids(p, "fundId"));
        }
        assertThat(paged).isEqualTo(ids(all, "fundId"));
        assertThat(get(TestUsers.ZJ_STAFF, "/api/v1/funds?year=2024").path("totalItems").asInt()).isZero();
        assertThat(get(TestUsers.ZJ_STAFF, "/api/v1/funds?region=330100").path("items").size()).isEqualTo(2);
    }

    @Test
    void a_clerk_sees_only_the_subtree_of_their_body() {
        assertThat(ids(get(TestUsers.GS_CLERK, "/api/v1/funds"), "fundId")).containsExactly("GS-2025-RECUP");
        assertThat(ids(get(TestUsers.HZ_CLERK, "/api/v1/programmes?year=2025"), "programmeId"))
                .containsExactly("GS-2025-LIAOXIU", "XH-2025");
        assertThat(ids(get(TestUsers.GS_CLERK, "/api/v1/trips"), "tripId")).containsExactly("T1", "T4");
        assertThat(ids(get(TestUsers.GS_CLERK, "/api/v1/allocation-documents"), "documentId")).isEmpty();
        assertThat(ids(get(TestUsers.NB_CLERK, "/api/v1/allocation-documents"), "documentId"))
                .containsExactly("ZJ-2025-DOC-9");

        JsonNode refused = problem(TestUsers.GS_CLERK, "/api/v1/trips?region=330100", 403);
        assertThat(refused.path("rule").asText()).isEqualTo("out-of-scope");
        assertThat(refused.path("field").asText()).isEqualTo("region");
        assertThat(problem(TestUsers.NB_CLERK, "/api/v1/trips/T1/participants", 403).path("rule").asText())
                .isEqualTo("out-of-scope");
        // auditors read every ledger
        assertThat(get(TestUsers.AUDITOR, "/api/v1/funds").path("totalItems").asInt()).isEqualTo(4);
    }

    @Test
    void allocation_documents_show_their_document_number_and_filter_by_date() {
        JsonNode docs = get(TestUsers.ZJ_STAFF, "/api/v1/allocation-documents?year=2025");
        assertThat(docs.path("totalItems").asInt()).isEqualTo(1);
        JsonNode doc = docs.path("items").get(0);
        assertThat(doc.path("documentNumber").asText()).isEqualTo("浙工〔2025〕9号");
        assertThat(doc.path("fromBodyName").asText()).isEqualTo("浙江省总工会");
        assertThat(doc.path("toBodyName").asText()).isEqualTo("宁波市总工会");
        assertThat(doc.path("amount").asText()).isEqualTo("100000.00");
        assertThat(doc.path("date").asText()).isEqualTo("2025-03-15");
        assertThat(get(TestUsers.ZJ_STAFF, "/api/v1/allocation-documents?from=2025-03-15&to=2025-03-15")
                .path("totalItems").asInt()).isEqualTo(1);
        assertThat(get(TestUsers.ZJ_STAFF, "/api/v1/allocation-documents?from=2025-04-01")
                .path("totalItems").asInt()).isZero();
    }

    @Test
    void programmes_filter_by_year_and_category() {
        JsonNode all = get(TestUsers.ZJ_STAFF, "/api/v1/programmes?year=2025");
        assertThat(ids(all, "programmeId")).containsExactly("GS-2025-LIAOXIU", "XH-2025", "YZ-2025");
        JsonNode gongshu = all.path("items").get(0);
        assertThat(gongshu.path("name").asText()).isEqualTo("拱墅区2025年一线职工疗休养");
        assertThat(gongshu.path("bodyName").asText()).isEqualTo("拱墅区总工会");
        assertThat(gongshu.path("budget").asText()).isEqualTo("2546000.00");
        assertThat(gongshu.path("trips").asInt()).isEqualTo(2);
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/programmes?category=NEW_FORM"), "programmeId"))
                .containsExactly("GS-2025-LIAOXIU");
    }

    @Test
    void trips_filter_by_status_category_date_range_and_region() {
        JsonNode all = get(TestUsers.ZJ_STAFF, "/api/v1/trips?year=2025");
        assertThat(ids(all, "tripId")).containsExactly("T3", "T1", "T2", "T4");
        JsonNode t1 = all.path("items").get(1);
        assertThat(t1.path("programmeName").asText()).isEqualTo("拱墅区2025年一线职工疗休养");
        assertThat(t1.path("bodyName").asText()).isEqualTo("拱墅区总工会");
        assertThat(t1.path("status").asText()).isEqualTo("SETTLED");
        assertThat(t1.path("enrolled").asInt()).isEqualTo(4);
        assertThat(t1.path("attended").asInt()).isEqualTo(3);
        assertThat(t1.path("charged").asText()).isEqualTo("5220.00");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?status=SETTLED"), "tripId"))
                .containsExactly("T3", "T1", "T2");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?status=SCHEDULED"), "tripId")).containsExactly("T4");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?category=NEW_FORM"), "tripId"))
                .containsExactly("T1", "T4");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?from=2025-05-01&to=2025-05-31"), "tripId"))
                .containsExactly("T1");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?region=330200"), "tripId")).containsExactly("T3");
        assertThat(ids(get(TestUsers.ZJ_STAFF, "/api/v1/trips?programme=XH-2025"), "tripId")).containsExactly("T2");
    }

    @Test
    void a_trips_participants_are_pseudonymised_filtered_and_paged() {
        JsonNode all = get(TestUsers.GS_CLERK, "/api/v1/trips/T1/participants");
        assertThat(all.path("totalItems").asInt()).isEqualTo(4);
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("worker").asText()).isNotBlank();
        assertThat(first.has("idNumber")).isFalse();
        assertThat(all.toString()).doesNotContain(idNumber(1));
        assertThat(get(TestUsers.GS_CLERK, "/api/v1/trips/T1/participants?status=ATTENDED").path("totalItems")
                .asInt()).isEqualTo(3);
        assertThat(ids(get(TestUsers.GS_CLERK, "/api/v1/trips/T1/participants?size=3&page=1"), "participantId"))
                .containsExactly("D");
        assertThat(problem(TestUsers.GS_CLERK, "/api/v1/trips/NOPE/participants", 404).path("field").asText())
                .isEqualTo("tripId");
    }

    @Test
    void a_bad_filter_is_a_problem_naming_the_field() {
        assertBad("/api/v1/funds?year=1800", "invalid-year", "year");
        assertBad("/api/v1/funds?size=0", "invalid-page", "size");
        assertBad("/api/v1/programmes?page=-1", "invalid-page", "page");
        assertBad("/api/v1/programmes?category=ROBOT", "invalid-value", "category");
        assertBad("/api/v1/trips?status=LOST", "invalid-value", "status");
        assertBad("/api/v1/trips?from=2025-06-01&to=2025-05-01", "invalid-range", "to");
        assertBad("/api/v1/allocation-documents?from=yesterday", null, "from");
        assertBad("/api/v1/trips/T1/participants?size=5000", "invalid-page", "size");
    }

    // ------------------------------------------------------------------ helpers

    private void assertBad(String uri, String rule, String field) {
        JsonNode problem = problem(TestUsers.ZJ_STAFF, uri, 400);
        if (rule != null) {
            assertThat(problem.path("rule").asText()).as(uri).isEqualTo(rule);
        }
        assertThat(problem.path("field").asText()).as(uri + " " + problem).isEqualTo(field);
    }

    private JsonNode get(String user, String uri) {
        ResponseEntity<String> reply = client(user).get().uri(uri).retrieve().onStatus(s -> true, (q, r) -> { })
                .toEntity(String.class);
        assertThat(reply.getStatusCode().value()).as(uri + " " + reply.getBody()).isEqualTo(200);
        return read(reply.getBody());
    }

    private JsonNode problem(String user, String uri, int status) {
        ResponseEntity<String> reply = client(user).get().uri(uri).retrieve().onStatus(s -> true, (q, r) -> { })
                .toEntity(String.class);
        assertThat(reply.getStatusCode().value()).as(uri + " " + reply.getBody()).isEqualTo(status);
        assertThat(reply.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        return read(reply.getBody());
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user)).build();
    }
}
