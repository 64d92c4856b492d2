package org.unionfund.ledger.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Beijing 送温暖 walk through HTTP from an empty store: the federation's fund, an allocation document (文号) to
 * 朝阳区, a campaign there, one payment to each of the 8 groups, one refusal per rule as problem+json, a reversal,
 * the eligible register and the figures rolled up to 110000.
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.test.context=relief")
class ReliefHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMPAIGN = "/api/v1/relief/campaigns/CY-2021-SWN";

    @LocalServerPort
    int port;

    private RestClient http;

    record Reply(int status, String contentType, String raw, JsonNode json) {
        Reply expect(int expected) {
            assertThat(status).as(raw).isEqualTo(expected);
            return this;
        }

        String text(String pointer) {
            return json.at(pointer).asText();
        }

        /** A refusal: problem+json naming the rule and the field. */
        void refused(int expected, String rule, String field) {
            expect(expected);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(text("/rule")).isEqualTo(rule);
            assertThat(text("/field")).isEqualTo(field);
        }
    }

    @BeforeEach
    void client() {
        http = client(TestUsers.SYSTEM);
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private Reply post(String path, Object body) {
        return post(http, path, body);
    }

    private static Reply post(RestClient client, String path, Object body) {
        try {
            return reply(client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Reply get(String path) {
        return reply(http.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class));
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

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    private static Map<String, Object> term(String group, String kind, String amount) {
        return map("group", group, "kind", kind, "amount", amount, "effectiveFrom", "2021-01-01");
    }

    private static Map<String, Object> payment(String id, int person, String group, String amount, String date) {
        return map("paymentId", id, "idNumber", idNumber(person), "group", group, "form", "CASH", "amount", amount,
                "ownership", "STATE_OWNED", "paidOn", date);
    }

    private void federationAndDistrict() {
        post("/api/v1/bodies", map("bodyId", "110000", "name", "北京市总工会", "level", "PROVINCE")).expect(201);
        post("/api/v1/bodies", map("bodyId", "110105", "name", "朝阳区总工会", "level", "COUNTY", "parentId",
                "110000")).expect(201);
        post("/api/v1/bodies", map("bodyId", "110108", "name", "海淀区总工会", "level", "COUNTY", "parentId",
                "110000")).expect(201);
        post("/api/v1/funds", map("fundId", "BJ-2021-SWN", "bodyId", "110000", "year", 2021, "purpose",
                "WINTER_RELIEF", "total", "10000000.00", "effectiveDate", "2021-01-04")).expect(201);
        post("/api/v1/allocation-documents", map("documentId", "BJ-2021-SWN-CY", "documentNumber", "京工发〔2021〕1号",
                "title", "关于下达2021年元旦春节送温暖资金的通知", "documentDate", "2021-01-04", "fromBodyId", "110000",
                "toBodyId", "110105", "lines", List.of(map("fundId", "BJ-2021-SWN", "amount", "1500000.00"))))
                .expect(201);
    }

    @Test
    void the_beijing_campaign_walks_through_http() {
        federationAndDistrict();
        Map<String, Object> open = map("campaignId", "CY-2021-SWN", "bodyId", "110105", "year", 2021, "name",
                "朝阳区2021年元旦春节送温暖", "periodFrom", "2021-01-01", "periodTo", "2021-02-26", "terms", List.of(
                        term("REGISTERED_HARDSHIP", "STANDARD", "1000.00"), term("TEMPORARY_HARDSHIP", "CAP", "2000.00"),
                        term("INJURED_OR_BEREAVED", "STANDARD", "1000.00"), term("MODEL_WORKER", "STANDARD", "800.00"),
                        term("MAJOR_TASK", "STANDARD", "800.00"), term("HARD_INDUSTRY", "CAP", "500.00"),
                        term("HOLIDAY_FRONTLINE", "CAP", "300.00"), term("POSTED_AWAY", "STANDARD", "500.00")),
                "budget", List.of(map("fundId", "BJ-2021-SWN", "amount", "7000.00")), "effectiveDate", "2021-01-05");
        Reply opened = post("/api/v1/relief/campaigns", open).expect(201);
        assertThat(opened.text("/event")).isEqualTo("CampaignOpenedEvent");
        assertThat(opened.text("/posting/legs/1/amount")).isEqualTo("7000.00");
        assertThat(post("/api/v1/relief/campaigns", open).expect(200).raw()).isEqualTo(opened.raw());

        post(CAMPAIGN + "/payments", payment("P1", 1, "REGISTERED_HARDSHIP", null, "2021-01-10")).expect(201);
        post(CAMPAIGN + "/payments", payment("P2", 2, "TEMPORARY_HARDSHIP", "1500.00", "2021-01-10")).expect(201);
        post(CAMPAIGN + "/payments", payment("P3", 3, "INJURED_OR_BEREAVED", null, "2021-01-11")).expect(201);
        post(CAMPAIGN + "/payments", payment("P4", 4, "MODEL_WORKER", null, "2021-01-12")).expect(201);
        post(CAMPAIGN + "/payments", payment("P5", 5, "MAJOR_TASK", null, "2021-01-12")).expect(201);
        post(CAMPAIGN + "/payments", payment("P6", 6, "HARD_INDUSTRY", "500.00", "2021-01-13")).expect(201);
        Map<String, Object> goods = payment("P7", 7, "HOLIDAY_FRONTLINE", "300.00", "2021-02-11");
        goods.put("form", "GOODS");
        goods.put("goods", "米面油");
        Reply gave = post(CAMPAIGN + "/payments", goods).expect(201);
        assertThat(gave.text("/posting/id")).isEqualTo("relief-pay:7:CY-2021-SWN");
        Reply paid = post(CAMPAIGN + "/payments", payment("P8", 8, "POSTED_AWAY", null, "2021-02-12")).expect(201);
        assertThat(post(CAMPAIGN + "/payments", payment("P8", 8, "POSTED_AWAY", null, "2021-02-12")).expect(200)
                .raw()).isEqualTo(paid.raw());

        // one refusal per rule, nothing written
        post(CAMPAIGN + "/payments", payment("X1", 9, "RETIREES", "100.00", "2021-01-10"))
                .refused(422, "group-not-eligible", "group");
        post(CAMPAIGN + "/payments", payment("X2", 9, "HARD_INDUSTRY", "600.00", "2021-01-10"))
                .refused(422, "over-cap", "amount");
        post(CAMPAIGN + "/payments", payment("X3", 1, "MODEL_WORKER", null, "2021-01-20"))
                .refused(422, "already-received", "person");
        post(CAMPAIGN + "/payments", payment("X4", 9, "TEMPORARY_HARDSHIP", "2000.00", "2021-01-20"))
                .refused(422, "beyond-budget", "amount");
        post(CAMPAIGN + "/payments", payment("X5", 9, "REGISTERED_HARDSHIP", null, "2021-03-01"))
                .refused(422, "outside-period", "paidOn");
        post(CAMPAIGN + "/payments", payment("P1", 9, "REGISTERED_HARDSHIP", null, "2021-01-10"))
                .refused(409, "idempotency-conflict", "paymentId");
        Map<String, Object> badId = payment("X6", 9, "REGISTERED_HARDSHIP", null, "2021-01-10");
        badId.put("idNumber", "not-an-id");
        post(CAMPAIGN + "/payments", badId).refused(400, "invalid-value", "idNumber");
        post(client(TestUsers.GS_CLERK), CAMPAIGN + "/payments", payment("X7", 9, "REGISTERED_HARDSHIP", null,
                "2021-01-10")).refused(403, "out-of-scope", "campaignId");
        post("/api/v1/relief/campaigns/NO-SUCH/payments", payment("X8", 9, "REGISTERED_HARDSHIP", null,
                "2021-01-10")).refused(422, "unknown-campaign", "campaignId");

        // a correction is a new event; the person may then be paid again
        post(CAMPAIGN + "/payments/P6/reversal", map("reason", "岗位不属艰苦行业", "effectiveDate", "2021-01-15"))
                .expect(201);
        post(CAMPAIGN + "/payments/P6/reversal", map("reason", "again", "effectiveDate", "2021-01-15"))
                .refused(422, "already-reversed", "paymentId");

        post("/api/v1/relief/bodies/110105/eligible", map("registrationId", "CY-REG-2021", "year", 2021, "counts",
                List.of(map("group", "REGISTERED_HARDSHIP", "count", 4), map("group", "MODEL_WORKER", "count", 2))))
                .expect(201);

        await().atMost(Patience.HANG_GUARD).until(() -> get(CAMPAIGN).status() == 200
                && get(CAMPAIGN).json.at("/payments").asLong() == 7);
        Reply campaign = get(CAMPAIGN).expect(200);
        assertThat(campaign.text("/paid")).isEqualTo("5900.00");
        assertThat(campaign.text("/budget")).isEqualTo("7000.00");
        assertThat(campaign.text("/executionRate")).isEqualTo("0.8429");

        await().atMost(Patience.HANG_GUARD).until(() -> get("/api/v1/relief/bodies/110000/figures?year=2021")
                .json.at("/byGroup/0/eligible").asLong() == 4);
        Reply figures = get("/api/v1/relief/bodies/110000/figures?year=2021").expect(200);
        assertThat(figures.text("/persons")).isEqualTo("7");
        assertThat(figures.text("/perCapita")).isEqualTo("842.86");
        assertThat(figures.text("/byGroup/0/nameZh")).isEqualTo("建档困难职工");
        assertThat(figures.text("/byGroup/0/coverage")).isEqualTo("0.2500");
        assertThat(figures.text("/byGroup/5/persons")).isEqualTo("0");
        assertThat(figures.text("/byRegion/0/bodyId")).isEqualTo("110105");
        assertThat(figures.text("/byRegion/0/name")).isEqualTo("朝阳区总工会");
        assertThat(figures.text("/byRegion/0/amount")).isEqualTo("5900.00");
        assertThat(figures.json.at("/byRegion").size()).isEqualTo(1);
        assertThat(figures.json.at("/byKind").size()).as("one section: only 送温暖 here").isEqualTo(1);
        assertThat(figures.text("/byKind/0/kind")).isEqualTo("RELIEF");
        assertThat(figures.text("/byKind/0/kindZh")).isEqualTo("送温暖/帮扶");
        assertThat(figures.text("/byKind/0/paid")).isEqualTo("5900.00");

        // the yearly report has a relief section for a body with relief, none for one without
        Reply report = get("/api/v1/reports/yearly?year=2021&body=110000&format=json").expect(200);
        assertThat(report.text("/tables/relief_by_group/rows/0/groupName")).isEqualTo("建档困难职工");
        assertThat(report.json.at("/tables/relief_by_group/rows/0/persons").asLong()).isEqualTo(1);
        assertThat(report.text("/tables/relief_by_region/rows/0/regionName")).isEqualTo("朝阳区总工会");
        assertThat(report.text("/tables/relief_budget/rows/0/paid")).isEqualTo("5900.00");
        assertThat(report.text("/tables/relief_summary/rows/0/summary")).contains("2021年送温暖/帮扶：投入7,000.00元，惠及7人"
                + "（7人次），支出5,900.00元，人均842.86元").contains("执行率84.29%");
        assertThat(get("/api/v1/reports/yearly?year=2021&body=110108&format=json").expect(200)
                .json.at("/tables/relief_by_group").isMissingNode()).isTrue();
    }
}
