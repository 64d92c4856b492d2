package org.unionfund.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The yearly report's region matching and earmark compliance sections on {@link ReportScenario}: the region's total
 * first, then each child region; every figure the statistics API's own; the same tables in CSV and XLSX.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=report-figures"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyReportFiguresHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private RestClient http;

    @BeforeAll
    void scenario() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.SYSTEM))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        ReportScenario scenario = new ReportScenario(http, commands);
        scenario.untilFirstSettlement();
        scenario.rest();
    }

    private String text(String path) {
        ResponseEntity<byte[]> response = http.get().uri(path).retrieve().toEntity(byte[].class);
        String body = new String(response.getBody() == null ? new byte[0] : response.getBody(),
                StandardCharsets.UTF_8);
        assertThat(response.getStatusCode().value()).as(body).isEqualTo(200);
        return body;
    }

    private JsonNode json(String path) {
        try {
            return JSON.readTree(text(path));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> rows(JsonNode report, String table) {
        List<JsonNode> rows = new ArrayList<>();
        report.at("/tables/" + table + "/rows").forEach(rows::add);
        return rows;
    }

    @Test
    void region_matching_rows_are_the_matching_figures_of_the_region_and_of_each_child() {
        JsonNode report = json("/api/v1/reports/yearly?year=2025&body=330100&format=json");
        List<JsonNode> rows = rows(report, "region_matching");
        assertThat(rows).extracting(r -> r.path("key").asText()).containsExactly("330100", "330105", "330106");
        assertThat(rows.get(0).path("name").asText()).isEqualTo("合计（杭州市总工会）");
        for (JsonNode row : rows) {
            JsonNode api = json("/api/v1/statistics/matching?year=2025&region=" + row.path("key").asText());
            assertThat(List.of(row.path("requirements").asLong(), row.path("shortfalls").asLong()))
                    .containsExactly(api.path("allocations").asLong(), api.path("shortfalls").asLong());
            assertThat(List.of(row.path("required").asText(), row.path("committedByDeadline").asText(),
                    row.path("committedLate").asText(), row.path("shortfall").asText())).containsExactly(
                            api.path("required").asText(), api.path("committedByDeadline").asText(),
                            api.path("committedLate").asText(), api.path("shortfall").asText());
        }
        // the hand-computed totals of YearlyReportHttpTest: two requirements, one met, one short
        assertThat(List.of(rows.get(0).path("required").asText(), rows.get(0).path("ratio").asText(),
                rows.get(0).path("outcome").asText(), rows.get(0).path("outcomeLabel").asText()))
                .containsExactly("1050000.00", "0.619048", "SHORTFALL", "有缺口");
        assertThat(rows.get(2).path("name").asText()).isEqualTo("西湖区总工会");
    }

    @Test
    void earmark_sections_are_the_earmark_figures_by_line_and_by_region() {
        JsonNode report = json("/api/v1/reports/yearly?year=2025&body=330100&format=json");
        JsonNode api = json("/api/v1/statistics/earmarks?year=2025&region=330100");
        List<JsonNode> lines = rows(report, "earmarks");
        assertThat(lines).hasSize(api.path("lines").size() + 1);
        JsonNode total = lines.get(lines.size() - 1);
        assertThat(total.path("fundName").asText()).isEqualTo("合计");
        for (String figure : List.of("earmarked", "spent", "eligibleSpent", "otherSpent", "compliance",
                "utilisation")) {
            assertThat(total.path(figure).asText()).as(figure).isEqualTo(api.at("/totals/" + figure).asText());
            assertThat(report.at("/totals/earmarks/" + figure).isMissingNode() && !figure.equals("otherSpent"))
                    .as("headline " + figure).isFalse();
        }
        // Hangzhou received 4,000,000 of the province's earmark; the trips charged to it were all eligible
        assertThat(total.path("earmarked").asText()).isEqualTo("4000000.00");
        assertThat(total.path("compliance").asText()).isEqualTo("1.00000");

        JsonNode regionsApi = json("/api/v1/statistics/earmarks/regions?year=2025&region=330100");
        List<JsonNode> regions = rows(report, "earmarks_by_region");
        assertThat(regions).extracting(r -> r.path("key").asText())
                .containsExactly("330100", "330100", "330105", "330106");
        assertThat(regions.get(0).path("name").asText()).isEqualTo("合计（杭州市总工会）");
        assertThat(regions.get(1).path("name").asText()).isEqualTo("杭州市总工会（本级）");
        assertThat(regions.get(2).path("spent").asText()).isEqualTo(regionsApi.at("/items/1/figures/spent").asText());

        assertThat(csvFiles()).contains("region_matching.csv", "earmarks.csv", "earmarks_by_region.csv");
    }

    @Test
    void leverage_and_region_matching_count_the_same_own_money_once() {
        JsonNode leverage = json("/api/v1/statistics/leverage?region=330000&year=2025");
        JsonNode budget = json("/api/v1/statistics/budgets?year=2025&region=330000&size=1");
        JsonNode matching = json("/api/v1/statistics/matching?year=2025&region=330000");
        BigDecimal committed = new BigDecimal(matching.path("committedByDeadline").asText())
                .add(new BigDecimal(matching.path("committedLate").asText()));
        BigDecimal matched = new BigDecimal(budget.at("/totals/matched").asText());
        BigDecimal belowProvince = new BigDecimal(leverage.path("countyLevelAndAboveFunds").asText())
                .subtract(new BigDecimal(leverage.path("provinceOwnFunds").asText()));
        assertThat(committed).isPositive().isLessThanOrEqualTo(matched);
        assertThat(matched).isLessThanOrEqualTo(belowProvince);
        // every commitment of the scenario answers a requirement received in 2025: the same money exactly
        assertThat(committed).isEqualByComparingTo(matched);
    }

    private List<String> csvFiles() {
        ResponseEntity<byte[]> response = http.get().uri("/api/v1/reports/yearly?year=2025&body=330100&format=csv")
                .retrieve().toEntity(byte[].class);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getBody()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return names;
    }
}
