package org.unionfund.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.audit.NamedScenario.DOCUMENT;
import static org.unionfund.ledger.audit.NamedScenario.FUND;
import static org.unionfund.ledger.audit.NamedScenario.FUND_NAME;
import static org.unionfund.ledger.audit.NamedScenario.NUMBER;
import static org.unionfund.ledger.audit.NamedScenario.OWN_FUND;
import static org.unionfund.ledger.audit.NamedScenario.OWN_NAME;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit views show names beside the codes: the lineage of a document's posting its 文号 and the fund's name,
 * the event log each entry's funds by name and documents by 文号 (payloads keep the codes), and the as-of budget
 * the fund's name as known at the cut — also when the business-date window leaves out the fund's establishment.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.sealer-enabled=false", "ledger.matching.scheduler-enabled=false",
        "ledger.test.context=named-audit-views"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedAuditViewsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    CommitLog log;

    RestClient http;

    @BeforeAll
    void scenario() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem).build();
        NamedScenario.commands().forEach(commands::sendAndWait);
        AuditTesting.awaitCaughtUp(processors);
    }

    @Test
    void the_lineage_of_a_document_shows_its_number_and_the_fund_names() throws Exception {
        JsonNode document = get("/api/v1/audit/lineage/postings/330000/" + DOCUMENT);
        assertThat(document.path("documentNumber").asText()).isEqualTo(NUMBER);
        assertThat(document.path("legs").findValuesAsText("fundName")).contains(FUND_NAME);
        assertThat(document.path("legs").findValuesAsText("fund")).contains(FUND.value());

        JsonNode established = get("/api/v1/audit/lineage/postings/330000/" + FUND.value());
        assertThat(established.path("downstream").findValuesAsText("documentNumber")).contains(NUMBER);

        JsonNode commitment = get("/api/v1/audit/lineage/postings/330000/C-NB");
        assertThat(commitment.path("legs").findValuesAsText("fundName")).contains(OWN_NAME);
    }

    @Test
    void event_log_entries_name_their_funds_and_documents_and_keep_the_codes() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        get("/api/v1/audit/events?after=0&limit=100").path("events").forEach(entries::add);
        JsonNode issued = only(entries, "AllocationDocumentIssued");
        assertThat(issued.path("names").path(DOCUMENT).asText()).isEqualTo(NUMBER);
        assertThat(issued.path("names").path(FUND.value()).asText()).isEqualTo(FUND_NAME);
        assertThat(issued.path("payload").path("lines").get(0).path("fundId").path("value").asText())
                .isEqualTo(FUND.value());
        JsonNode committed = only(entries, "OwnFundsCommitted");
        assertThat(committed.path("names").path(OWN_FUND).asText()).isEqualTo(OWN_NAME);
        assertThat(committed.path("names").path(DOCUMENT).asText()).isEqualTo(NUMBER);

        List<JsonNode> newest = new ArrayList<>();
        get("/api/v1/audit/events?before=0&limit=100").path("events").forEach(newest::add);
        assertThat(only(newest, "AllocationDocumentIssued").path("names").path(DOCUMENT).asText()).isEqualTo(NUMBER);
    }

    @Test
    void as_of_budgets_show_fund_names_as_known_at_the_cut() throws Exception {
        long head = log.head();
        JsonNode now = get("/api/v1/audit/as-of/budgets?year=2025&region=330000&asOf=" + head);
        assertThat(fundNames(now)).containsOnly(FUND_NAME, OWN_NAME);

        JsonNode laterBusiness = get("/api/v1/audit/as-of/budgets?year=2025&region=330200&subtree=false&asOf="
                + head + "&effectiveFrom=2025-03-01&effectiveTo=2025-12-31");
        assertThat(laterBusiness.path("answer").path("lines").findValuesAsText("fund")).contains(FUND.value());
        assertThat(fundNames(laterBusiness)).containsOnly(FUND_NAME, OWN_NAME);
    }

    private static List<String> fundNames(JsonNode answer) {
        return answer.path("answer").path("lines").findValuesAsText("fundName");
    }

    private static JsonNode only(List<JsonNode> entries, String type) {
        List<JsonNode> found = entries.stream().filter(e -> type.equals(e.path("type").asText())).toList();
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private JsonNode get(String uri) throws Exception {
        return JSON.readTree(http.get().uri(uri).retrieve().body(String.class));
    }
}
