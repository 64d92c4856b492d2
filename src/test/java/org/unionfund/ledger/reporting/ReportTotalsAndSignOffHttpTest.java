package org.unionfund.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The yearly report's 合计 rows in every format (each the region's own figure, equal to the sum of the rows where the
 * rows partition the region) and the sign-off block (编制单位 / 制表人 / 审核人 / 日期) of the printed formats, on
 * {@link ReportScenario}.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=report-totals"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTotalsAndSignOffHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "/api/v1/reports/yearly?year=2025&body=330100&format=";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private RestClient http;

    @BeforeAll
    void scenario() {
        http = client(TestUsers.SYSTEM);
        ReportScenario scenario = new ReportScenario(http, commands);
        scenario.untilFirstSettlement();
        scenario.rest();
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static byte[] bytes(RestClient client, String path) {
        ResponseEntity<byte[]> response = client.get().uri(path).retrieve().toEntity(byte[].class);
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        assertThat(response.getStatusCode().value()).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(200);
        return body;
    }

    private JsonNode json() throws IOException {
        return JSON.readTree(bytes(http, REPORT + "json"));
    }

    private static BigDecimal sum(JsonNode table, String key) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : table.path("rows")) {
            if (!row.path(key).isNull()) {
                sum = sum.add(new BigDecimal(row.path(key).asText()));
            }
        }
        return sum;
    }

    private static BigDecimal total(JsonNode table, String key) {
        return new BigDecimal(table.at("/total/" + key).asText());
    }

    @Test
    void every_table_where_a_total_means_something_has_a_total_row_of_the_regions_figures() throws IOException {
        JsonNode report = json();
        JsonNode tables = report.path("tables");
        JsonNode activity = report.at("/totals/activity");
        for (String name : List.of("by_region", "by_category", "by_ownership", "by_month")) {
            JsonNode table = tables.path(name);
            assertThat(table.at("/total/key").asText()).as(name).isEqualTo("合计");
            // the rows partition the region: counts and spend add up to the region's figures
            for (String key : List.of("personTimes", "participantDays", "spend")) {
                assertThat(total(table, key)).as(name + "." + key).isEqualByComparingTo(sum(table, key))
                        .isEqualByComparingTo(new BigDecimal(activity.path(key).asText()));
            }
            // 人数 and the per-capita figures are the region's, not sums
            assertThat(table.at("/total/distinctWorkers").asLong()).as(name)
                    .isEqualTo(activity.path("distinctWorkers").asLong());
            assertThat(table.at("/total/perPersonTime").asText()).as(name)
                    .isEqualTo(activity.path("perPersonTime").asText());
        }
        assertThat(report.at("/tables/by_month/rows")).as("the total is not a data row").hasSize(12);
        assertThat(tables.at("/by_category/total/coverageRate").asText())
                .isEqualTo(report.at("/totals/coverage/coverageRate").asText());
        assertThat(tables.at("/by_region/total/budget").asText()).isEqualTo(report.at("/totals/funds/budget").asText());
        assertThat(tables.at("/by_region/total/executionRate").asText())
                .isEqualTo(report.at("/totals/funds/executionRate").asText());

        // new-form subtypes add up to the new-form workers (the subtype total is that category's figure)
        JsonNode subtypes = tables.path("by_subtype");
        assertThat(total(subtypes, "personTimes")).isEqualByComparingTo(sum(subtypes, "personTimes"))
                .isEqualByComparingTo(newForm(tables, "personTimes")).isPositive();
        assertThat(total(subtypes, "spend")).isEqualByComparingTo(newForm(tables, "spend"));

        // fund lines: the consolidated budget, each column the sum of the lines
        JsonNode funds = tables.path("funds");
        assertThat(funds.at("/total/fundName").asText()).isEqualTo("合计");
        for (String key : List.of("established", "matched", "carriedIn", "budget", "spent", "available")) {
            assertThat(total(funds, key)).as("funds." + key).isEqualByComparingTo(sum(funds, key))
                    .isEqualByComparingTo(new BigDecimal(report.at("/totals/funds/" + key).asText()));
        }

        // matching requirements: the region's matching figures, the amounts the sum of the requirements
        JsonNode matching = tables.path("matching");
        assertThat(matching.at("/total/documentNumber").asText()).isEqualTo("合计");
        for (String key : List.of("required", "committedByDeadline", "committedLate", "shortfall")) {
            assertThat(total(matching, key)).as("matching." + key).isEqualByComparingTo(sum(matching, key))
                    .isEqualByComparingTo(new BigDecimal(report.at("/totals/matching/" + key).asText()));
        }
        assertThat(matching.at("/total/matchingRatio").asText())
                .isEqualTo(report.at("/totals/matching/matchingRatio").asText());
        // a key/value table and a check table have no total
        assertThat(tables.path("consolidation").has("total")).isFalse();
    }

    private static BigDecimal newForm(JsonNode tables, String key) {
        for (JsonNode row : tables.at("/by_category/rows")) {
            if (row.path("key").asText().equals("NEW_FORM")) {
                return new BigDecimal(row.path(key).asText());
            }
        }
        return BigDecimal.ZERO;
    }

    @Test
    void csv_and_xlsx_end_each_table_with_its_total_as_numbers() throws IOException {
        JsonNode month = json().at("/tables/by_month/total");
        Map<String, String> csv = unzip(bytes(http, REPORT + "csv"));
        List<String> lines = csv.get("by_month.csv").lines().toList();
        assertThat(lines).hasSize(1 + 12 + 1);
        assertThat(lines.get(13)).startsWith("合计,," + month.path("personTimes").asText() + ","
                + month.path("distinctWorkers").asText() + "," + month.path("participantDays").asText() + ","
                + month.path("spend").asText() + ",");
        assertThat(csv.get("funds.csv").lines().reduce((a, b) -> b).orElseThrow()).startsWith("合计,,");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(http, REPORT + "xlsx")))) {
            Sheet sheet = workbook.getSheet("按月份");
            assertThat(sheet.getLastRowNum()).isEqualTo(13);
            Row total = sheet.getRow(13);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(month.path("personTimes").asDouble());
            assertThat(total.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(total.getCell(5).getNumericCellValue()))
                    .isEqualByComparingTo(new BigDecimal(month.path("spend").asText()));
            assertThat(total.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(workbook.getFontAt(total.getCell(5).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(5).getCellStyle().getFontIndex()).getBold())
                    .isFalse();
            // the filter covers the data rows only, so sorting never moves the total
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).endsWith("13");
            Sheet funds = workbook.getSheet("资金线");
            assertThat(funds.getRow(funds.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            Sheet matching = workbook.getSheet("资金配套");
            Row matchingTotal = matching.getRow(matching.getLastRowNum());
            assertThat(matchingTotal.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(matchingTotal.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void printed_report_shows_totals_and_ends_with_the_sign_off_block_of_the_signed_in_user() throws IOException {
        LocalDate before = LocalDate.now(SHANGHAI);
        String html = new String(bytes(client(TestUsers.ZJ_STAFF), REPORT + "html"), StandardCharsets.UTF_8);
        byte[] pdf = bytes(client(TestUsers.ZJ_STAFF), REPORT + "pdf");
        LocalDate after = LocalDate.now(SHANGHAI);
        List<String> dates = List.of(chinese(before), chinese(after));

        assertThat(html).containsPattern("(?s)id=\"table-by_month\".*<tr class=\"total\"><td>合计</td>");
        String block = html.substring(html.indexOf("<div class=\"sign-off\""));
        assertThat(block).contains("编制单位：<span class=\"line\">杭州市总工会</span>")
                .contains("制表人：<span class=\"line\">" + TestUsers.ZJ_STAFF + "</span>")
                .contains("审核人：<span class=\"line\">\u00a0</span>");
        assertThat(dates).anyMatch(d -> block.contains("日期：<span class=\"line\">" + d + "</span>"));
        assertThat(html.indexOf("id=\"sign-off\"")).as("after the tables and the basis")
                .isGreaterThan(html.indexOf("id=\"basis\""));

        PdfInspection inspection = PdfInspection.of(pdf);
        String last = inspection.pageTexts().get(inspection.pages() - 1);
        // (the text layer reads the font's "ff" ligature as one glyph, so the name is checked up to it)
        assertThat(last).contains("编制单位：杭州市总工会").contains("制表人：t-zj-sta").contains("审核人：")
                .contains("日期：");
        assertThat(dates).anyMatch(last::contains);
        assertThat(String.join("\n", inspection.pageTexts())).contains("合计");

        // the reproducible formats carry no sign-off: the same report for two users is the same bytes
        assertThat(bytes(client(TestUsers.ZJ_STAFF), REPORT + "json")).isEqualTo(bytes(http, REPORT + "json"));
        assertThat(new String(bytes(http, REPORT + "json"), StandardCharsets.UTF_8)).doesNotContain("制表人");
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        }
        return entries;
    }
}
