package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.reporting.dashboard.DashboardScenario.map;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 同比 on the overview where the previous year has data: a province with one settled trip in May 2024 (2 workers) and
 * one in May 2025 (3 workers, a higher price), so person-times and spend each change by a known percentage, shown as
 * "同比 +50.00%" and "同比 +100.00%", for the year and for the month.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-yoy"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearOnYearBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;
    private RestClient http;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.open(port);
        http = RestClient.builder().baseUrl(browser.base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.SYSTEM))
                .defaultStatusHandler(s -> true, (request, response) -> { }).build();
        post("/api/v1/bodies", map("bodyId", "330000", "name", "浙江省总工会", "level", "PROVINCE"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2020", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "600.00"), "effectiveFrom", "2020-01-01"));
        post("/api/v1/contractors", map("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社", "kind",
                "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123"));
        post("/api/v1/destinations", map("destinationId", "ANJI-BASE", "name", "安吉职工疗休养基地", "regionCode",
                "330523", "pairedAidRegion", false));
        year(2024, "300.00", 2, 1);
        year(2025, "400.00", 3, 10);
        new DashboardScenario(http, commands).caughtUp();
    }

    /** A fund, a programme and one settled one-day trip starting on 6 May of {@code year}, all workers attending. */
    private void year(int year, String price, int workers, int firstWorker) {
        String fund = "ZJ-" + year + "-RECUP";
        String programme = "ZJ-" + year + "-LIAOXIU";
        String trip = "T" + year;
        post("/api/v1/funds", map("fundId", fund, "bodyId", "330000", "year", year, "purpose", "RECUPERATION",
                "total", "100000.00", "effectiveDate", year + "-01-10"));
        post("/api/v1/programmes", map("programmeId", programme, "bodyId", "330000", "year", year, "name",
                "浙江省" + year + "年职工疗休养", "plannedHeadcount", 10, "eligibleCategories", List.of("FRONTLINE"),
                "tripDays", List.of(1), "frequencyRule", "UNLIMITED", "effectiveDate", year + "-03-01", "budget",
                List.of(map("fundId", fund, "amount", "50000.00"))));
        post("/api/v1/trips", map("tripId", trip, "programmeId", programme, "contractorId", "HZ-TRAVEL-01",
                "destinationId", "ANJI-BASE", "startDate", year + "-05-06", "days", 1, "pricePerPersonPerDay",
                price));
        List<Map<String, Object>> participants = new java.util.ArrayList<>();
        List<Map<String, Object>> attendees = new java.util.ArrayList<>();
        for (int n = firstWorker; n < firstWorker + workers; n++) {
            participants.add(map("participantId", "W" + n, "idNumber", idNumber(n), "category", "FRONTLINE",
                    "ownership", "STATE_OWNED", "employerName", "某单位"));
            attendees.add(map("participantId", "W" + n));
        }
        post("/api/v1/trips/" + trip + "/participants", map("enrolmentId", "E-" + trip, "participants",
                participants));
        post("/api/v1/trips/" + trip + "/settlement", map("settlementId", "S-" + trip, "attendees", attendees));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_overview_shows_the_change_against_the_previous_year() throws IOException {
        JsonNode now = get("/api/v1/statistics/per-capita?year=2025&region=330000");
        JsonNode before = get("/api/v1/statistics/per-capita?year=2024&region=330000");
        assertThat(List.of(before.path("personTimes").asLong(), now.path("personTimes").asLong()))
                .containsExactly(2L, 3L);
        assertThat(List.of(before.path("spend").asText(), now.path("spend").asText()))
                .containsExactly("600.00", "1200.00");
        assertThat(expected(now.path("spend").asText(), before.path("spend").asText())).isEqualTo("+100.00%");

        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/overview?year=2025&region=330000", "overview");
        assertThat(yoy("personTimes")).isEqualTo("同比 +50.00%");
        assertThat(yoy("spend")).isEqualTo("同比 +100.00%");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=yoy-none]"))).isEmpty();
        browser.screenshot("overview-yoy");

        // the same month a year before
        browser.go("#/overview?year=2025&region=330000&month=05", "overview");
        assertThat(yoy("personTimes")).isEqualTo("同比 +50.00%");
        // a month without trips in either year has nothing to compare
        browser.go("#/overview?year=2025&region=330000&month=08", "overview");
        assertThat(browser.textOf(By.cssSelector("[data-testid=kpi-spend] [data-testid=yoy-none]")))
                .isEqualTo("上年同期无数据");
        // 2024 itself: 2023 has no data
        browser.go("#/overview?year=2024&region=330000", "overview");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=kpi-personTimes] [data-testid=yoy-none]"))
                .getText()).isEqualTo("上年同期无数据");
        browser.assertNoSevereConsoleErrors(List.of());
    }

    private String yoy(String kpi) {
        return browser.textOf(By.cssSelector("[data-testid=kpi-" + kpi + "] [data-testid=yoy]")).trim();
    }

    private static String expected(String now, String before) {
        BigDecimal change = new BigDecimal(now).subtract(new BigDecimal(before)).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(before), 2, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    }

    private JsonNode get(String path) throws IOException {
        return JSON.readTree(http.get().uri(path).retrieve().body(String.class));
    }

    private void post(String path, Object body) {
        ResponseEntity<String> reply;
        try {
            reply = http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
        assertThat(reply.getStatusCode().value()).as(path + " " + reply.getBody()).isEqualTo(201);
    }
}
