package org.unionfund.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.UnionBodyLevel;
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
    static final LedgerId ZJ = new LedgerId("330000");
    static final BodyId ZHEJIANG = new BodyId("330000");
    static final BodyId NINGBO = new BodyId("330200");
    static final FundId FUND = new FundId("ZJ-2025-RECUP");
    static final String FUND_NAME = "浙江省职工疗休养专项资金";
    static final String DOCUMENT = "ZJ-2025-12";
    static final String NUMBER = "浙工〔2025〕12号";
    static final String OWN_FUND = "OWN-330200-2025";
    static final String OWN_NAME = "宁波市总工会2025年自有资金";

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
        List.of(new RegisterUnionBodyCommand(ZJ, ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null),
                new RegisterUnionBodyCommand(ZJ, NINGBO, "宁波市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                new EstablishFundCommand(ZJ, FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION, Money.ofYuan(5_000_000),
                        List.of(), LocalDate.of(2025, 1, 10), FUND_NAME),
                new IssueAllocationDocumentCommand(ZJ, new AllocationId(DOCUMENT), NUMBER, "关于下达职工疗休养补助资金的通知",
                        LocalDate.of(2025, 3, 1), ZHEJIANG, NINGBO,
                        List.of(new AllocationLine(FUND, null, Money.ofYuan(1_000_000))),
                        new MatchingRequirement(10_000, LocalDate.of(2025, 9, 30)), MatchingScope.REGION),
                new CommitOwnFundsCommand(ZJ, new CommitmentId("C-NB"), new AllocationId(DOCUMENT), NINGBO, null,
                        Money.ofYuan(600_000), LocalDate.of(2025, 5, 10)))
                .forEach(commands::sendAndWait);
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
