package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.LedgerCli;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * {@link StatisticsScenario} end to end through the command endpoints, then every figure of the statistics
 * endpoints in JSON and CSV, the eligible-workers endpoint, refusals as problem+json, and rebuild-and-compare (REST
 * and CLI): no difference after the scenario, and the planted one named (collection, _id, field).
 */
@LedgerAppTest
// its own context and database: it registers 330000 itself, as GongshuProgrammeHttpTest does in the shared one
@TestPropertySource(properties = {"ledger.test.context=statistics", "ledger.matching.scheduler-enabled=false"})
class StatisticsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase database;

    private RestClient http;

    record Reply(int status, String contentType, String raw, JsonNode json) {
        Reply expect(int expected) {
            assertThat(status).as(raw).isEqualTo(expected);
            return this;
        }

        String text(String pointer) {
            return json.at(pointer).asText();
        }

        long number(String pointer) {
            return json.at(pointer).asLong();
        }
    }

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private Reply post(String path, Object body) {
        try {
            return reply(http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Reply get(String path) {
        return reply(http.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class));
    }

    private Reply csv(String path) {
        ResponseEntity<String> response = http.get().uri(path).accept(MediaType.valueOf("text/csv")).retrieve()
                .toEntity(String.class);
        return new Reply(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getBody(), null);
    }

    private static Reply reply(ResponseEntity<String> response) {
        try {
            String raw = response.getBody();
            return new Reply(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                    raw, raw == null || raw.isBlank() ? null : JSON.readTree(raw));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** CSV rows as maps (header → value). */
    private static List<Map<String, String>> rows(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        String[] lines = reply.raw().split("\r\n");
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] values = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], values[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> worker(String id, int n, String category, String subtype, String ownership) {
        Map<String, Object> p = map("participantId", id, "idNumber", idNumber(n), "category", category,
                "ownership", ownership, "employerName", "某单位");
        if (subtype != null) {
            p.put("newFormSubtype", subtype);
        }
        return p;
    }

    private void scenario() {
        post("/api/v1/bodies", map("bodyId", "330000", "name", "浙江省总工会", "level", "PROVINCE")).expect(201);
        post("/api/v1/bodies", map("bodyId", "330100", "name", "杭州市总工会", "level", "CITY", "parentId", "330000"))
                .expect(201);
        post("/api/v1/bodies", map("bodyId", "330105", "name", "拱墅区总工会", "level", "COUNTY",
                "parentId", "330100")).expect(201);
        post("/api/v1/bodies", map("bodyId", "330106", "name", "西湖区总工会", "level", "COUNTY",
                "parentId", "330100")).expect(201);
        post("/api/v1/funds", map("fundId", "ZJ-2025-RECUP", "bodyId", "330000", "year", 2025, "purpose",
                "RECUPERATION", "total", "20000000.00", "effectiveDate", "2025-01-10", "earmarks", List.of(map(
                        "code", "NONPUB-NEWFORM", "amount", "10000000.00", "eligibility", map("ownerships",
                                List.of("NON_PUBLIC", "PLATFORM"), "categories", List.of("NEW_FORM"))))))
                .expect(201);
        post("/api/v1/funds", map("fundId", "GS-2025-RECUP", "bodyId", "330105", "year", 2025, "purpose",
                "RECUPERATION", "total", "2000000.00", "effectiveDate", "2025-01-15")).expect(201);
        post("/api/v1/funds", map("fundId", "XH-2025-RECUP", "bodyId", "330106", "year", 2025, "purpose",
                "RECUPERATION", "total", "500000.00", "effectiveDate", "2025-01-20")).expect(201);
        allocate("A-ZJ-HZ", "330000", "NONPUB-NEWFORM", "330100", "4000000.00", "2025-02-01", null);
        allocate("A-HZ-GS", "330100", "NONPUB-NEWFORM", "330105", "1000000.00", "2025-02-10", null);
        allocate("A-ZJ-HZ-M", "330000", null, "330100", "1000000.00", "2025-03-01",
                map("ratioBasisPoints", 10000, "deadline", "2025-06-30"));
        allocate("A-HZ-XH", "330100", null, "330106", "200000.00", "2025-03-05", null);
        allocate("A-HZ-GS-M", "330100", null, "330105", "100000.00", "2025-03-05",
                map("ratioBasisPoints", 5000, "deadline", "2025-09-30"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2015", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "400.00"), "effectiveFrom", "2015-01-01")).expect(201);
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2020", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "600.00"), "effectiveFrom", "2020-01-01")).expect(201);
        post("/api/v1/contractors", map("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社", "kind",
                "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123")).expect(201);
        post("/api/v1/destinations", map("destinationId", "ANJI-BASE", "name", "安吉职工疗休养基地", "regionCode",
                "330523", "pairedAidRegion", false)).expect(201);
        post("/api/v1/destinations", map("destinationId", "AKSU", "name", "阿克苏（对口支援）", "regionCode",
                "652901", "pairedAidRegion", true)).expect(201);
        post("/api/v1/programmes", map("programmeId", "GS-2025-LIAOXIU", "bodyId", "330105", "year", 2025, "name",
                "拱墅区2025年一线职工疗休养", "plannedHeadcount", 2500, "eligibleCategories",
                List.of("FRONTLINE", "NEW_FORM", "MODEL_WORKER"), "tripDays", List.of(3, 1), "frequencyRule",
                "ONCE_PER_YEAR", "effectiveDate", "2025-03-01", "budget", List.of(
                        map("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM", "amount", "546000.00"),
                        map("fundId", "GS-2025-RECUP", "amount", "2000000.00")))).expect(201);
        post("/api/v1/programmes", map("programmeId", "XH-2025", "bodyId", "330106", "year", 2025, "name",
                "西湖区2025年职工疗休养", "plannedHeadcount", 5, "eligibleCategories", List.of("FRONTLINE",
                        "MODEL_WORKER"), "tripDays", List.of(1), "frequencyRule", "UNLIMITED", "effectiveDate",
                "2025-03-10", "budget", List.of(map("fundId", "XH-2025-RECUP", "amount", "100000.00")))).expect(201);

        // eligible workers: registration, idempotent repeat, correction, conflict, refusals
        Map<String, Object> gs1 = map("registrationId", "REG-GS-1", "year", 2025, "counts", List.of(
                map("category", "FRONTLINE", "count", 100), map("category", "NEW_FORM", "count", 20)));
        Reply first = post("/api/v1/bodies/330105/eligible-workers", gs1).expect(201);
        assertThat(first.text("/counts/0/previous")).isEqualTo("0");
        Reply again = post("/api/v1/bodies/330105/eligible-workers", gs1).expect(200);
        assertThat(again.raw()).isEqualTo(first.raw());
        Reply corrected = post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-GS-2", "year",
                2025, "counts", List.of(map("category", "FRONTLINE", "count", 120)))).expect(201);
        assertThat(corrected.number("/counts/0/previous")).isEqualTo(100);
        post("/api/v1/bodies/330106/eligible-workers", map("registrationId", "REG-XH-1", "year", 2025, "counts",
                List.of(map("category", "FRONTLINE", "count", 50), map("category", "MODEL_WORKER", "count", 10))))
                .expect(201);
        Reply conflict = post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-GS-1", "year",
                2025, "counts", List.of(map("category", "FRONTLINE", "count", 999)))).expect(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.text("/rule")).isEqualTo("idempotency-conflict");
        assertThat(post("/api/v1/bodies/339999/eligible-workers", gs1).expect(404).text("/rule"))
                .isEqualTo("not-found");
        assertThat(post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-BAD", "year", 2025,
                "counts", List.of(map("category", "FRONTLINE", "count", -1)))).expect(400).text("/field"))
                .isEqualTo("counts[0].count");
        assertThat(post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-DUP", "year", 2025,
                "counts", List.of(map("category", "FRONTLINE", "count", 1), map("category", "FRONTLINE", "count",
                        2)))).expect(422).text("/rule")).isEqualTo("invalid-value");

        post("/api/v1/trips", trip("T1", "GS-2025-LIAOXIU", "ANJI-BASE", "2025-05-06", 3, "580.00")).expect(201);
        post("/api/v1/trips", trip("T2", "XH-2025", "ANJI-BASE", "2025-06-10", 1, "300.00")).expect(201);
        post("/api/v1/trips", trip("T3", "GS-2025-LIAOXIU", "AKSU", "2025-06-20", 3, "500.00")).expect(201);
        post("/api/v1/trips/T1/participants", map("enrolmentId", "E-T1-1", "participants", List.of(
                worker("A", 1, "FRONTLINE", null, "STATE_OWNED"), worker("B", 2, "NEW_FORM", "COURIER",
                        "NON_PUBLIC")))).expect(201);
        post("/api/v1/trips/T2/participants", map("enrolmentId", "E-T2", "participants", List.of(
                worker("A2", 1, "FRONTLINE", null, "STATE_OWNED"), worker("E", 5, "MODEL_WORKER", null,
                        "STATE_OWNED")))).expect(201);
        post("/api/v1/trips/T1/participants", map("enrolmentId", "E-T1-2", "participants", List.of(
                worker("C", 3, "FRONTLINE", null, "NON_PUBLIC"), worker("D", 4, "FRONTLINE", null, "STATE_OWNED"),
                map("participantId", "FAM", "familyMember", true)))).expect(201);
        post("/api/v1/trips/T3/participants", map("enrolmentId", "E-T3", "participants", List.of(
                worker("G", 7, "FRONTLINE", null, "PLATFORM")))).expect(201);
        post("/api/v1/trips/T1/settlement", map("settlementId", "S-T1", "attendees", List.of(
                map("participantId", "A"), map("participantId", "B", "line", map("fundId", "ZJ-2025-RECUP",
                        "earmark", "NONPUB-NEWFORM")), map("participantId", "C"), map("participantId", "FAM"))))
                .expect(201);
        post("/api/v1/ledgers/330000/allocations/A-ZJ-HZ-M/matching-commitments", map("commitmentId", "M-HZ-1",
                "amount", "600000.00", "effectiveDate", "2025-06-20")).expect(201);
        post("/api/v1/trips/T2/settlement", map("settlementId", "S-T2", "attendees", List.of(
                map("participantId", "A2"), map("participantId", "E")))).expect(201);
        post("/api/v1/trips/T1/corrections/no-show", map("correctionId", "K-T1-1", "participantId", "C",
                "reason", "did not travel", "effectiveDate", "2025-05-20")).expect(201);
        post("/api/v1/trips/T1/corrections/category", map("correctionId", "K-T1-2", "participantId", "A",
                "category", "NEW_FORM", "newFormSubtype", "DELIVERY_RIDER", "reason", "is a Meituan rider",
                "effectiveDate", "2025-05-20")).expect(201);
        post("/api/v1/trips/T1/corrections/recharge", map("correctionId", "K-T1-3", "participantId", "A", "line",
                map("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM"), "reason", "the earmark pays for riders",
                "effectiveDate", "2025-05-20")).expect(201);
        post("/api/v1/trips/T3/settlement", map("settlementId", "S-T3", "attendees", List.of(
                map("participantId", "G")))).expect(201);
        // the deadline scheduler's job, at the end of the deadline day
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"), new AllocationId("A-ZJ-HZ-M"),
                Instant.parse("2025-06-30T16:00:00Z")));
        post("/api/v1/ledgers/330000/allocations/A-ZJ-HZ-M/matching-commitments", map("commitmentId", "M-HZ-2",
                "amount", "300000.00", "effectiveDate", "2025-07-05")).expect(201);
        post("/api/v1/ledgers/330000/allocations/A-HZ-GS-M/matching-commitments", map("commitmentId", "M-GS-1",
                "amount", "50000.00", "effectiveDate", "2025-08-01")).expect(201);
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"), new AllocationId("A-HZ-GS-M"),
                Instant.parse("2025-09-30T16:00:00Z")));
    }

    private void allocate(String id, String from, String earmark, String to, String amount, String date,
            Map<String, Object> matching) {
        Map<String, Object> body = map("allocationId", id, "fromBodyId", from, "fundId", "ZJ-2025-RECUP", "toBodyId",
                to, "amount", amount, "effectiveDate", date);
        if (earmark != null) {
            body.put("earmark", earmark);
        }
        if (matching != null) {
            body.put("matching", matching);
        }
        post("/api/v1/allocations", body).expect(201);
    }

    private static Map<String, Object> trip(String id, String programme, String destination, String start, int days,
            String price) {
        return map("tripId", id, "programmeId", programme, "contractorId", "HZ-TRAVEL-01", "destinationId",
                destination, "startDate", start, "days", days, "pricePerPersonPerDay", price);
    }

    /** Waits until every processor has processed the whole log. */
    private void caughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + Patience.HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            Reply processors = get("/api/v1/admin/processors").expect(200);
            boolean all = true;
            for (JsonNode p : processors.json()) {
                all &= p.path("caughtUp").asBoolean() && p.path("behind").asLong() == 0
                        && !p.path("replaying").asBoolean();
            }
            if (all) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("processors did not catch up: " + get("/api/v1/admin/processors").raw());
    }

    @Test
    void statistics_endpoints_answer_every_figure_in_json_and_csv_and_rebuild_compare_finds_differences()
            throws Exception {
        scenario();
        caughtUp();

        // ---------------------------------------------------------------- coverage
        Reply coverage = get("/api/v1/statistics/coverage?year=2025&region=330100").expect(200);
        assertCoverage(coverage.json());
        Map<String, String> coverageCsv = rows(csv("/api/v1/statistics/coverage?year=2025&region=330100")).get(0);
        assertThat(coverageCsv).containsEntry("personTimes", "5").containsEntry("distinctWorkers", "4")
                .containsEntry("participantDays", "11").containsEntry("eligibleWorkers", "200")
                .containsEntry("coverageRate", "0.0200").containsEntry("plannedHeadcount", "2505")
                .containsEntry("planCompletion", "0.0016").containsEntry("newFormShare", "0.5000")
                .containsEntry("nonPublicShare", "0.5000").containsEntry("trips", "3")
                .containsEntry("category", "");
        Reply gsOwn = get("/api/v1/statistics/coverage?year=2025&region=330105&subtree=false").expect(200);
        assertThat(List.of(gsOwn.number("/personTimes"), gsOwn.number("/distinctWorkers"),
                gsOwn.number("/eligibleWorkers"), gsOwn.number("/plannedHeadcount"))).containsExactly(3L, 3L, 140L,
                        2500L);
        Reply frontline = get("/api/v1/statistics/coverage?year=2025&region=330100&category=FRONTLINE").expect(200);
        assertThat(frontline.text("/coverageRate")).isEqualTo("0.0118");
        assertThat(frontline.json().path("plannedHeadcount").isNull()).isTrue();
        Reply range = get("/api/v1/statistics/coverage?from=2025-05-01&to=2025-06-15&region=330100").expect(200);
        assertThat(range.text("/method")).isEqualTo("trip-scan");
        assertThat(List.of(range.number("/personTimes"), range.number("/distinctWorkers"))).containsExactly(4L, 3L);
        Reply programme = get("/api/v1/statistics/coverage?year=2025&programme=GS-2025-LIAOXIU").expect(200);
        assertThat(programme.text("/planCompletion")).isEqualTo("0.0012");

        // ---------------------------------------------------------------- per-capita
        Reply perCapita = get("/api/v1/statistics/per-capita?year=2025&region=330000").expect(200);
        assertThat(List.of(perCapita.text("/spend"), perCapita.text("/perPersonTime"),
                perCapita.text("/perDistinctWorker"), perCapita.text("/perParticipantDay")))
                .containsExactly("5580.00", "1116.00", "1395.00", "507.27");
        assertThat(rows(csv("/api/v1/statistics/per-capita?month=2025-06&region=330100")).get(0))
                .containsEntry("period", "2025-06").containsEntry("personTimes", "3").containsEntry("spend", "2100.00")
                .containsEntry("perPersonTime", "700.00").containsEntry("perParticipantDay", "420.00");

        // ---------------------------------------------------------------- breakdowns
        Reply category = get("/api/v1/statistics/breakdown?by=category&year=2025&region=330100").expect(200);
        assertThat(category.number("/totalItems")).isEqualTo(3);
        assertThat(category.text("/items/0/key")).isEqualTo("FRONTLINE");
        assertThat(List.of(category.number("/items/0/personTimes"), category.number("/items/0/distinctWorkers"),
                category.number("/items/0/eligibleWorkers"))).containsExactly(2L, 2L, 170L);
        assertThat(category.text("/items/0/perPersonTime")).isEqualTo("900.00");
        assertThat(category.text("/items/2/key")).isEqualTo("NEW_FORM");
        assertThat(category.text("/items/2/spend")).isEqualTo("3480.00");
        List<Map<String, String>> categoryCsv = rows(csv(
                "/api/v1/statistics/breakdown?by=category&year=2025&region=330100"));
        assertThat(categoryCsv).hasSize(3);
        assertThat(categoryCsv.get(1)).containsEntry("key", "MODEL_WORKER").containsEntry("personTimes", "1")
                .containsEntry("spend", "300.00").containsEntry("eligibleWorkers", "10")
                .containsEntry("coverageRate", "0.1000");
        Reply regions = get("/api/v1/statistics/breakdown?by=region&year=2025&region=330100").expect(200);
        assertThat(regions.text("/items/1/key")).isEqualTo("330105");
        assertThat(regions.text("/items/1/label")).isEqualTo("拱墅区总工会");
        assertThat(regions.text("/items/1/spend")).isEqualTo("4980.00");
        assertThat(regions.number("/items/2/distinctWorkers")).isEqualTo(2);
        Reply months = get("/api/v1/statistics/breakdown?by=month&year=2025&region=330100&page=1&size=5")
                .expect(200);
        assertThat(List.of(months.number("/totalItems"), months.number("/page"), (long) months.json().path("items")
                .size())).containsExactly(12L, 1L, 5L);
        assertThat(months.text("/items/0/key")).isEqualTo("2025-06");
        assertThat(months.number("/items/0/personTimes")).isEqualTo(3);
        assertThat(get("/api/v1/statistics/breakdown?by=fund&year=2025&region=330000").expect(200)
                .text("/items/2/key")).isEqualTo("ZJ-2025-RECUP|NONPUB-NEWFORM");
        assertThat(get("/api/v1/statistics/breakdown?by=trip-length&year=2025&region=330000").expect(200)
                .number("/items/1/participantDays")).isEqualTo(9);
        assertThat(get("/api/v1/statistics/breakdown?by=subtype&year=2025&region=330000&category=NEW_FORM")
                .expect(200).number("/totalItems")).isEqualTo(2);

        // ---------------------------------------------------------------- budgets
        Reply budget = get("/api/v1/statistics/budgets?year=2025&region=330100").expect(200);
        assertThat(List.of(budget.text("/totals/established"), budget.text("/totals/received"),
                budget.text("/totals/matched"), budget.text("/totals/budget"), budget.text("/totals/spent"),
                budget.text("/totals/reversed"), budget.text("/totals/available"),
                budget.text("/totals/executionRate"))).containsExactly("2500000.00", "5000000.00", "950000.00",
                        "8450000.00", "5580.00", "3480.00", "8444420.00", "0.0007");
        assertThat(budget.text("/internalTransfers/net")).isEqualTo("0.00");
        assertThat(budget.json().at("/internalTransfers/balanced").asBoolean()).isTrue();
        List<Map<String, String>> budgetCsv = rows(csv("/api/v1/statistics/budgets?year=2025&region=330105"
                + "&subtree=false"));
        Map<String, Map<String, String>> lines = new HashMap<>();
        budgetCsv.forEach(r -> lines.put(r.get("fund") + "|" + r.get("earmark"), r));
        assertThat(lines.get("GS-2025-RECUP|")).containsEntry("figures.established", "2000000.00")
                .containsEntry("figures.spent", "1500.00").containsEntry("figures.reversed", "3480.00")
                .containsEntry("figures.executionRate", "0.0008");
        assertThat(lines.get("ZJ-2025-RECUP|NONPUB-NEWFORM")).containsEntry("figures.received", "1000000.00")
                .containsEntry("figures.spent", "3480.00");
        assertThat(lines).hasSize(4);
        Reply programmeBudget = get("/api/v1/statistics/budgets/programmes/GS-2025-LIAOXIU").expect(200);
        assertThat(List.of(programmeBudget.text("/budget"), programmeBudget.text("/spent"),
                programmeBudget.text("/executionRate"), programmeBudget.text("/planCompletion")))
                .containsExactly("2546000.00", "4980.00", "0.0020", "0.0012");
        Reply leverage = get("/api/v1/statistics/leverage?region=330000&year=2025").expect(200);
        assertThat(List.of(leverage.text("/provinceOwnFunds"), leverage.text("/countyLevelAndAboveFunds"),
                leverage.text("/leverage"))).containsExactly("20000000.00", "23450000.00", "1.1725");

        // ---------------------------------------------------------------- matching
        Reply matching = get("/api/v1/statistics/matching?year=2025&region=330000").expect(200);
        assertThat(List.of(matching.text("/required"), matching.text("/committedByDeadline"),
                matching.text("/committedLate"), matching.text("/matchingRatio"), matching.text("/shortfall")))
                .containsExactly("1050000.00", "650000.00", "300000.00", "0.6190", "400000.00");
        List<Map<String, String>> allocations = rows(csv(
                "/api/v1/statistics/matching/allocations?year=2025&region=330000"));
        assertThat(allocations).extracting(r -> r.get("allocationId")).containsExactly("A-HZ-GS-M", "A-ZJ-HZ-M");
        assertThat(allocations.get(1)).containsEntry("status", "SHORTFALL").containsEntry("committedLate",
                "300000.00").containsEntry("matchingRatio", "0.6000").containsEntry("shortfall", "400000.00");

        // ---------------------------------------------------------------- eligible workers read back
        Reply registered = get("/api/v1/bodies/330105/eligible-workers?year=2025").expect(200);
        assertThat(registered.number("/counts/FRONTLINE")).isEqualTo(120);
        assertThat(registered.number("/counts/NEW_FORM")).isEqualTo(20);

        // ---------------------------------------------------------------- refusals
        Reply unsupported = get("/api/v1/statistics/breakdown?by=destination&year=2025&region=330100"
                + "&category=FRONTLINE").expect(400);
        assertThat(unsupported.contentType()).startsWith("application/problem+json");
        assertThat(List.of(unsupported.text("/rule"), unsupported.text("/field")))
                .containsExactly("unsupported-filter", "category");
        assertThat(get("/api/v1/statistics/coverage?region=330100").expect(400).text("/rule"))
                .isEqualTo("invalid-period");
        assertThat(get("/api/v1/statistics/coverage?year=2025&region=339999").expect(404).text("/rule"))
                .isEqualTo("not-found");
        assertThat(csv("/api/v1/statistics/coverage?year=2025&region=339999").status()).isEqualTo(404);

        // ---------------------------------------------------------------- OpenAPI documents every endpoint, JSON and CSV
        JsonNode docs = get("/v3/api-docs").expect(200).json();
        for (String path : List.of("/api/v1/statistics/coverage", "/api/v1/statistics/per-capita",
                "/api/v1/statistics/breakdown", "/api/v1/statistics/budgets",
                "/api/v1/statistics/budgets/programmes/{programmeId}", "/api/v1/statistics/leverage",
                "/api/v1/statistics/matching", "/api/v1/statistics/matching/allocations")) {
            JsonNode operation = docs.path("paths").path(path).path("get");
            assertThat(operation.path("summary").asText()).as(path).isNotBlank();
            assertThat(operation.at("/responses/200/content").has("text/csv")).as(path).isTrue();
            assertThat(operation.at("/responses/200/content").has("application/json")).as(path).isTrue();
        }
        assertThat(docs.path("paths").path("/api/v1/bodies/{bodyId}/eligible-workers").has("post")).isTrue();
        assertThat(docs.path("paths").path("/api/v1/admin/projections/{name}/rebuild-compare").has("post")).isTrue();

        // ---------------------------------------------------------------- rebuild and compare: all equal
        JsonNode equal = rebuildAndCompare("all");
        assertThat(equal.path("state").asText()).as(equal.toString()).isEqualTo("EQUAL");
        List<String> compared = new ArrayList<>();
        equal.path("results").forEach(r -> compared.add(r.path("projection").asText()));
        assertThat(compared).contains("coverage", "budget", "matching", "account-balances");
        for (JsonNode result : equal.path("results")) {
            for (JsonNode c : result.path("collections")) {
                assertThat(c.path("equal").asBoolean()).as(c.toString()).isTrue();
                assertThat(c.at("/live/sha256").asText()).isEqualTo(c.at("/shadow/sha256").asText());
            }
        }
        assertThat(database.listCollectionNames().into(new ArrayList<>())).noneMatch(n -> n.startsWith("shadow_"));

        // ---------------------------------------------------------------- an Axon replay gives the same figures
        String[] queries = {"/api/v1/statistics/coverage?year=2025&region=330000",
            "/api/v1/statistics/breakdown?by=region&year=2025&region=330100",
            "/api/v1/statistics/budgets?year=2025&region=330000", "/api/v1/statistics/matching?year=2025&region=330000"};
        List<String> before = new ArrayList<>();
        for (String query : queries) {
            before.add(get(query).expect(200).raw());
        }
        post("/api/v1/admin/processors/statistics/replay", map()).expect(200);
        caughtUp();
        for (int i = 0; i < queries.length; i++) {
            assertThat(get(queries[i]).raw()).as(queries[i]).isEqualTo(before.get(i));
        }

        // ---------------------------------------------------------------- a planted difference is named
        var counters = database.getCollection(CoverageProjection.COUNTERS);
        Document planted = counters.find(Filters.eq("_id", "sub|330100|2025")).first();
        List<Document> sections = planted.getList("s", Document.class);
        Document all = sections.stream().filter(s -> s.getString("k").isEmpty()).findFirst().orElseThrow();
        all.put("pt", 6L);
        counters.replaceOne(Filters.eq("_id", "sub|330100|2025"), planted);
        JsonNode different = rebuildAndCompare("coverage");
        assertThat(different.path("state").asText()).isEqualTo("DIFFERENT");
        JsonNode countersResult = null;
        for (JsonNode c : different.at("/results/0/collections")) {
            if (c.path("collection").asText().equals(CoverageProjection.COUNTERS)) {
                countersResult = c;
            }
        }
        assertThat(countersResult.path("equal").asBoolean()).isFalse();
        assertThat(countersResult.path("differences")).hasSize(1);
        JsonNode difference = countersResult.at("/differences/0");
        assertThat(List.of(difference.path("collection").asText(), difference.path("id").asText(),
                difference.path("field").asText(), difference.path("live").asText(),
                difference.path("shadow").asText())).containsExactly("stats_counters", "sub|330100|2025",
                        "s[k=].pt", "6", "5");

        // the CLI verb names it too, and exits 1; after a repair it exits 0
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LedgerCli.run(new String[] {"projections", "compare", "coverage", "--url",
                "http://localhost:" + port, "--user", TestUsers.SYSTEM, "--password", TestUsers.PASSWORD},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(1);
        assertThat(printed).contains("stats_counters _id=sub|330100|2025 field=s[k=].pt live=6 shadow=5");
        all.put("pt", 5L);
        counters.replaceOne(Filters.eq("_id", "sub|330100|2025"), planted);
        out.reset();
        exit = LedgerCli.run(new String[] {"projections", "compare", "coverage", "--url", "http://localhost:" + port,
                "--user", TestUsers.SYSTEM, "--password", TestUsers.PASSWORD},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        assertThat(get("/api/v1/statistics/coverage?year=2025&region=330100").number("/personTimes")).isEqualTo(5);
    }

    private static void assertCoverage(JsonNode c) {
        assertThat(c.path("period").asText()).isEqualTo("2025");
        assertThat(c.path("method").asText()).isEqualTo("pre-aggregated");
        assertThat(c.path("subtree").asBoolean()).isTrue();
        assertThat(List.of(c.path("personTimes").asLong(), c.path("distinctWorkers").asLong(),
                c.path("participantDays").asLong(), c.path("eligibleWorkers").asLong(),
                c.path("plannedHeadcount").asLong(), c.path("newFormWorkers").asLong(),
                c.path("nonPublicWorkers").asLong(), c.path("trips").asLong()))
                .containsExactly(5L, 4L, 11L, 200L, 2505L, 2L, 2L, 3L);
        assertThat(List.of(c.path("coverageRate").asText(), c.path("planCompletion").asText(),
                c.path("newFormShare").asText(), c.path("nonPublicShare").asText()))
                .containsExactly("0.0200", "0.0016", "0.5000", "0.5000");
    }

    private JsonNode rebuildAndCompare(String name) throws InterruptedException {
        Reply started = post("/api/v1/admin/projections/" + name + "/rebuild-compare", map()).expect(202);
        String id = started.text("/id");
        long deadline = System.nanoTime() + Patience.HANG_GUARD.toNanos();
        JsonNode job = started.json();
        while (job.path("state").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = get("/api/v1/admin/projections/jobs/" + id).expect(200).json();
        }
        return job;
    }
}
