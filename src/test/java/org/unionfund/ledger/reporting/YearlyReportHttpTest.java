package org.unionfund.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.LedgerCli;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.reporting.render.HtmlReportWriter;
import org.unionfund.ledger.reporting.render.XlsxReportWriter;
import org.unionfund.ledger.reporting.schedule.YearlyReportJob;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.unionfund.ledger.reporting.query.YearlyReports;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.query.ReportProperties;

/**
 * The yearly report over the statistics scenario ({@link ReportScenario}, sent through the HTTP command API), checked
 * figure by figure against values computed by hand (below), in every format: JSON (and byte-identical twice), the
 * CSV zip (byte-identical twice), XLSX read back with POI (sheets, numeric cells, formats), the HTML page loaded in
 * headless Chromium (charts drawn, no console errors); as of an earlier cut by replay; the scope of the caller; the
 * CLI verb; the scheduled job.
 *
 * <p>Hand computation (Hangzhou 330100 with Gongshu 330105 and Xihu 330106, year 2025). Attended records after the
 * corrections: T1 (Gongshu, 3 days × 580 = 1,740.00 each) A (re-categorised NEW_FORM/DELIVERY_RIDER, state-owned,
 * re-charged to the earmark) and B (NEW_FORM/COURIER, non-public, earmark) — C was removed as a no-show, D never
 * went, the family member is not a worker; T2 (Xihu, 1 day × 300) A again (FRONTLINE) and E (MODEL_WORKER); T3
 * (Gongshu, 3 days × 500) G (FRONTLINE, platform). So person-times 5, distinct workers 4 (A, B, E, G), participant
 * days 3+3+1+1+3 = 11, spend 1,740 × 2 + 300 × 2 + 1,500 = 5,580.00; per person-time 1,116.00, per worker 1,395.00,
 * per day 5,580 / 11 = 507.27; eligible 120 + 20 + 50 + 10 = 200 → coverage 4 / 200 = 2.00 %; planned 2,500 + 5 →
 * completion 4 / 2,505 = 0.0016; new-form workers A, B = 2, non-public (NON_PUBLIC or PLATFORM) B, G = 2.
 * Funds (consolidated): established 2,000,000 + 500,000; received from the province 4,000,000 (earmarked) +
 * 1,000,000; matched 600,000 + 300,000 (Hangzhou) + 50,000 (Gongshu) = 950,000; budget 8,450,000.00; spent 5,580.00;
 * reversed 1,740 × 2 = 3,480.00; execution 5,580 / 8,450,000 = 0.0007; Hangzhou passed 1,000,000 + 200,000 +
 * 100,000 = 1,300,000.00 down inside the region. Parts: Hangzhou's own budget 5,000,000 + 900,000 − 1,300,000 =
 * 4,600,000, Gongshu 2,000,000 + 1,100,000 + 50,000 = 3,150,000 (spent 4,980), Xihu 500,000 + 200,000 = 700,000
 * (spent 600): 8,450,000 and 5,580 again. Matching: required 1,000,000 (100 % of A-ZJ-HZ-M) + 50,000 (50 % of
 * A-HZ-GS-M) = 1,050,000; by the deadline 600,000 + 50,000 = 650,000 → 0.6190; late 300,000; shortfall recorded
 * 400,000. Province 330000: budget 20,000,000 + 2,500,000 + 950,000 = 23,450,000.00 = the funds of county-level-and-
 * above unions; leverage 23,450,000 / 20,000,000 = 1.1725.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.reports.catch-up-timeout=20s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyReportHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    CommitLog log;
    @Autowired
    YearlyReports reports;
    @Autowired
    ApplicationContext context;

    private RestClient http;
    /** The head of the log right after trip T1 was settled (before any correction). */
    private long afterFirstSettlement;

    record Reply(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError(text(), e);
            }
        }
    }

    @BeforeAll
    void scenario() {
        http = client(TestUsers.SYSTEM);
        ReportScenario scenario = new ReportScenario(http, commands);
        scenario.untilFirstSettlement();
        afterFirstSettlement = log.head();
        scenario.rest();
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private Reply get(String path) {
        return get(http, path);
    }

    private static Reply get(RestClient client, String path) {
        ResponseEntity<byte[]> response = client.get().uri(path).retrieve().toEntity(byte[].class);
        return new Reply(response.getStatusCode().value(), response.getHeaders(),
                response.getBody() == null ? new byte[0] : response.getBody());
    }

    private Reply report(String query) {
        Reply reply = get("/api/v1/reports/yearly?" + query);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** The row of a JSON table whose column {@code key} has {@code value}. */
    private static JsonNode row(JsonNode report, String table, String key, String value) {
        for (JsonNode row : report.at("/tables/" + table + "/rows")) {
            if (row.path(key).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + "=" + value + " in " + table);
    }

    // ------------------------------------------------------------------ figures

    @Test
    void figures_of_the_region_match_the_hand_computed_values() {
        Reply reply = report("year=2025&body=330100&format=json");
        assertThat(reply.headers().getContentType().toString()).startsWith("application/json");
        JsonNode r = reply.json();
        assertThat(r.path("report").asText()).isEqualTo("yearly-summary");
        assertThat(r.at("/body/name").asText()).isEqualTo("杭州市总工会");

        JsonNode activity = r.at("/totals/activity");
        assertThat(List.of(activity.path("trips").asLong(), activity.path("personTimes").asLong(),
                activity.path("distinctWorkers").asLong(), activity.path("participantDays").asLong()))
                .containsExactly(3L, 5L, 4L, 11L);
        assertThat(List.of(activity.path("spend").asText(), activity.path("perPersonTime").asText(),
                activity.path("perDistinctWorker").asText(), activity.path("perParticipantDay").asText()))
                .containsExactly("5580.00", "1116.00", "1395.00", "507.27");
        JsonNode coverage = r.at("/totals/coverage");
        assertThat(List.of(coverage.path("eligibleWorkers").asLong(), coverage.path("plannedHeadcount").asLong(),
                coverage.path("nonPublicWorkers").asLong(), coverage.path("newFormWorkers").asLong()))
                .containsExactly(200L, 2505L, 2L, 2L);
        assertThat(List.of(coverage.path("coverageRate").asText(), coverage.path("planCompletion").asText(),
                coverage.path("nonPublicShare").asText(), coverage.path("newFormShare").asText()))
                .containsExactly("0.0200", "0.0016", "0.5000", "0.5000");
        JsonNode funds = r.at("/totals/funds");
        assertThat(List.of(funds.path("established").asText(), funds.path("received").asText(),
                funds.path("matched").asText(), funds.path("budget").asText(), funds.path("spent").asText(),
                funds.path("reversed").asText(), funds.path("available").asText(), funds.path("executionRate")
                        .asText(), funds.path("ownFunds").asText(), funds.path("allocatedDown").asText()))
                .containsExactly("2500000.00", "5000000.00", "950000.00", "8450000.00", "5580.00", "3480.00",
                        "8444420.00", "0.0007", "3450000.00", "0.00");
        assertThat(r.at("/totals/allocations/internalSent").asText()).isEqualTo("1300000.00");
        assertThat(r.at("/totals/allocations/internalReceived").asText()).isEqualTo("1300000.00");
        JsonNode matching = r.at("/totals/matching");
        assertThat(List.of(matching.path("allocations").asLong(), matching.path("met").asLong(),
                matching.path("shortfalls").asLong())).containsExactly(2L, 1L, 1L);
        assertThat(List.of(matching.path("required").asText(), matching.path("committedByDeadline").asText(),
                matching.path("committedLate").asText(), matching.path("matchingRatio").asText(),
                matching.path("shortfall").asText())).containsExactly("1050000.00", "650000.00", "300000.00",
                        "0.6190", "400000.00");
        assertThat(r.at("/totals/leverage").isMissingNode()).as("leverage is a province's figure").isTrue();

        // breakdowns
        JsonNode gongshu = row(r, "by_region", "key", "330105");
        assertThat(List.of(gongshu.path("name").asText(), gongshu.path("personTimes").asText(),
                gongshu.path("distinctWorkers").asText(), gongshu.path("participantDays").asText(),
                gongshu.path("spend").asText(), gongshu.path("eligibleWorkers").asText(),
                gongshu.path("budget").asText(), gongshu.path("spent").asText(), gongshu.path("executionRate")
                        .asText())).containsExactly("拱墅区总工会", "3", "3", "9", "4980.00", "140", "3150000.00",
                                "4980.00", "0.0016");
        JsonNode own = row(r, "by_region", "key", "330100");
        assertThat(List.of(own.path("name").asText(), own.path("personTimes").asText(), own.path("budget").asText()))
                .containsExactly("杭州市总工会（本级）", "0", "4600000.00");
        JsonNode xihu = row(r, "by_region", "key", "330106");
        assertThat(List.of(xihu.path("personTimes").asLong(), xihu.path("spend").asText(),
                xihu.path("budget").asText())).containsExactly(2L, "600.00", "700000.00");

        List<String> categories = new ArrayList<>();
        r.at("/tables/by_category/rows").forEach(c -> categories.add(c.path("key").asText()));
        assertThat(categories).containsExactly("FRONTLINE", "MODEL_WORKER", "NEW_FORM");
        JsonNode frontline = row(r, "by_category", "key", "FRONTLINE");
        assertThat(List.of(frontline.path("label").asText(), frontline.path("personTimes").asText(),
                frontline.path("spend").asText(), frontline.path("perPersonTime").asText(),
                frontline.path("eligibleWorkers").asText(), frontline.path("coverageRate").asText()))
                .containsExactly("一线职工", "2", "1800.00", "900.00", "170", "0.0118");
        assertThat(row(r, "by_category", "key", "NEW_FORM").path("spend").asText()).isEqualTo("3480.00");
        assertThat(row(r, "by_subtype", "key", "DELIVERY_RIDER").path("label").asText()).isEqualTo("外卖骑手");
        JsonNode stateOwned = row(r, "by_ownership", "key", "STATE_OWNED");
        assertThat(List.of(stateOwned.path("personTimes").asLong(), stateOwned.path("distinctWorkers").asLong(),
                stateOwned.path("spend").asText())).containsExactly(3L, 2L, "2340.00");
        assertThat(r.at("/tables/by_month/rows")).hasSize(12);
        JsonNode june = row(r, "by_month", "key", "2025-06");
        assertThat(List.of(june.path("label").asText(), june.path("personTimes").asText(), june.path("spend")
                .asText(), june.path("perParticipantDay").asText())).containsExactly("6月", "3", "2100.00", "420.00");
        assertThat(row(r, "by_month", "key", "2025-05").path("spend").asText()).isEqualTo("3480.00");
        assertThat(row(r, "by_month", "key", "2025-01").path("personTimes").asLong()).isZero();

        // fund lines (matching commitments are lines of their own, named by the allocation) and matching compliance
        List<String> lines = new ArrayList<>();
        r.at("/tables/funds/rows").forEach(l -> lines.add(l.path("fund").asText() + "|" + l.path("earmark").asText("")));
        assertThat(lines).containsExactly("A-HZ-GS-M|", "A-ZJ-HZ-M|", "GS-2025-RECUP|", "XH-2025-RECUP|",
                "ZJ-2025-RECUP|", "ZJ-2025-RECUP|NONPUB-NEWFORM");
        assertThat(row(r, "funds", "fund", "A-ZJ-HZ-M").path("matched").asText()).isEqualTo("900000.00");
        assertThat(row(r, "funds", "fund", "A-ZJ-HZ-M").path("fundName").asText())
                .as("a one-line allocation's matching fund is named after its receiver and the allocation")
                .isEqualTo("杭州市总工会配套资金（A-ZJ-HZ-M）");
        JsonNode earmarked = null;
        for (JsonNode line : r.at("/tables/funds/rows")) {
            if ("NONPUB-NEWFORM".equals(line.path("earmark").asText(null))) {
                earmarked = line;
            }
        }
        assertThat(List.of(earmarked.path("fund").asText(), earmarked.path("received").asText(),
                earmarked.path("toProgrammes").asText(), earmarked.path("spent").asText()))
                .containsExactly("ZJ-2025-RECUP", "4000000.00", "546000.00", "3480.00");
        List<String> allocations = new ArrayList<>();
        r.at("/tables/matching/rows").forEach(a -> allocations.add(a.path("allocationId").asText()));
        assertThat(allocations).containsExactly("A-HZ-GS-M", "A-ZJ-HZ-M");
        JsonNode zjhz = row(r, "matching", "allocationId", "A-ZJ-HZ-M");
        assertThat(List.of(zjhz.path("allocated").asText(), zjhz.path("ratio").asText(), zjhz.path("required")
                        .asText(), zjhz.path("deadline").asText(), zjhz.path("committedByDeadline").asText(),
                zjhz.path("committedLate").asText(), zjhz.path("matchingRatio").asText(), zjhz.path("status").asText(),
                zjhz.path("statusLabel").asText(), zjhz.path("shortfall").asText()))
                .containsExactly("1000000.00", "1.0000", "1000000.00", "2025-06-30", "600000.00", "300000.00",
                        "0.6000", "SHORTFALL", "有缺口", "400000.00");
        JsonNode hzgs = row(r, "matching", "allocationId", "A-HZ-GS-M");
        assertThat(List.of(hzgs.path("ratio").asText(), hzgs.path("required").asText(),
                hzgs.path("matchingRatio").asText(), hzgs.path("status").asText())).containsExactly("0.5000",
                        "50000.00", "1.0000", "MET");

        // consolidation check: every part adds up
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        r.at("/tables/consolidation/rows").forEach(c -> checks.put(c.path("check").asText(), c));
        assertThat(checks.keySet()).containsExactly("budget", "spent", "ownFunds", "internalTransfers",
                "personTimes", "tripSpend", "tripSpendVsProgrammes");
        assertThat(checks.values()).allSatisfy(c -> assertThat(c.path("balanced").asBoolean()).as(c.toString())
                .isTrue());
        assertThat(List.of(checks.get("budget").path("consolidated").asText(),
                checks.get("budget").path("comparedWith").asText(), checks.get("internalTransfers")
                        .path("consolidated").asText(), checks.get("personTimes").path("comparedWith").asText()))
                .containsExactly("8450000.00", "8450000.00", "1300000.00", "5");

        // the opening sentences, in the seeds' style
        assertThat(r.at("/summary/0").asText()).startsWith("2025年，杭州市总工会及所属各级工会共组织职工疗休养5人次"
                + "（4人、11人天，3个团组），其中各级工会投入自有资金3,450,000.00元（约345万元），收到上级补助"
                + "5,000,000.00元（约500万元）；组织非公企业（含平台企业）职工2人和新就业形态劳动者2人参加疗休养活动。");
        assertThat(r.at("/summary/3").asText()).isEqualTo("登记在册的符合条件职工200人，覆盖率2.00%；计划组织2,505人，"
                + "计划完成率0.16%。");
        assertThat(r.at("/summary/4").asText()).isEqualTo("资金配套方面，2笔带配套要求的上级补助应配套"
                + "1,050,000.00元（约105万元），截止日前到位650,000.00元（约65万元），配套率61.90%；逾期到位300,000.00元"
                + "（约30万元）；1笔记录配套缺口，共400,000.00元（约40万元）。");
    }

    @Test
    void province_report_states_leverage_and_the_county_level_and_above_funds() {
        JsonNode r = report("year=2025&body=330000").json();
        assertThat(List.of(r.at("/totals/leverage/provinceOwnFunds").asText(),
                r.at("/totals/leverage/countyLevelAndAboveFunds").asText(), r.at("/totals/leverage/fundsProvince")
                        .asText(), r.at("/totals/leverage/fundsCity").asText(), r.at("/totals/leverage/fundsCounty")
                        .asText(), r.at("/totals/leverage/leverage").asText()))
                .containsExactly("20000000.00", "23450000.00", "20000000.00", "900000.00", "2550000.00", "1.1725");
        assertThat(List.of(r.at("/totals/funds/budget").asText(), r.at("/totals/funds/received").asText(),
                r.at("/totals/activity/personTimes").asLong())).containsExactly("23450000.00", "0.00", 5L);
        assertThat(r.at("/totals/allocations/internalSent").asText()).isEqualTo("6300000.00");
        assertThat(row(r, "by_region", "key", "330000").path("budget").asText()).isEqualTo("15000000.00");
        assertThat(row(r, "by_region", "key", "330100").path("budget").asText()).isEqualTo("8450000.00");
        r.at("/tables/consolidation/rows").forEach(c -> assertThat(c.path("balanced").asBoolean()).as(c.toString())
                .isTrue());
        assertThat(r.at("/summary/0").asText()).isEqualTo("2025年，浙江省总工会及所属各级工会共组织职工疗休养5人次"
                + "（4人、11人天，3个团组），其中县级以上工会投入经费23,450,000.00元（约2,345万元），为省总本级投入"
                + "20,000,000.00元（约2,000万元）的1.17倍；组织非公企业（含平台企业）职工2人和新就业形态劳动者2人参加"
                + "疗休养活动。");
        assertThat(r.at("/summary/1").asText()).isEqualTo("疗休养工会经费结算支出5,580.00元，人均1,116.00元/人次、"
                + "1,395.00元/人，每人每天507.27元。");
    }

    // ------------------------------------------------------------------ basis, digest, reproducibility

    @Test
    void json_and_csv_are_byte_identical_and_state_the_sequence_and_a_verifiable_digest() throws Exception {
        Reply first = report("year=2025&body=330100&format=json");
        Reply second = report("year=2025&body=330100&format=json");
        assertThat(second.body()).isEqualTo(first.body());
        Reply csv1 = report("year=2025&body=330100&format=csv");
        Reply csv2 = report("year=2025&body=330100&format=csv");
        assertThat(csv2.body()).isEqualTo(csv1.body());
        assertThat(csv1.headers().getContentType().toString()).isEqualTo("application/zip");
        assertThat(csv1.headers().getContentDisposition().getFilename()).isEqualTo(
                "yearly-report-330100-2025.csv.zip");

        JsonNode basis = first.json().path("basis");
        long head = log.head();
        assertThat(basis.path("source").asText()).isEqualTo("projections");
        assertThat(basis.path("sequence").asLong()).isEqualTo(head);
        assertThat(basis.path("caughtUp").asBoolean()).isTrue();
        assertThat(basis.path("recordedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(first.text()).doesNotContain("generatedAt");
        JsonNode checkpoint = basis.path("checkpoint");
        assertThat(checkpoint.path("to").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(checkpoint.path("from").asLong()).isLessThanOrEqualTo(head);
        assertThat(checkpoint.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(first.headers().getFirst("X-Ledger-Sequence")).isEqualTo(String.valueOf(head));
        assertThat(first.headers().getFirst("X-Ledger-Checkpoint")).isEqualTo(checkpoint.path("number").asText()
                + ":" + checkpoint.path("hash").asText());

        // the audit package confirms the digest
        String check = http.post().uri("/api/v1/audit/checkpoints/check?progress=false")
                .contentType(MediaType.APPLICATION_JSON).body("{\"number\":" + checkpoint.path("number").asLong()
                        + ",\"hash\":\"" + checkpoint.path("hash").asText() + "\"}").retrieve().body(String.class);
        JsonNode result = JSON.readTree(check.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(result.path("matches").asBoolean()).as(check).isTrue();

        // the zip: report.csv and one CSV per table, in a fixed order, with a BOM and CRLF
        Map<String, String> entries = unzip(csv1.body());
        assertThat(entries.keySet()).containsExactly("report.csv", "totals.csv", "by_region.csv", "by_category.csv",
                "by_subtype.csv", "by_ownership.csv", "by_month.csv", "funds.csv", "matching.csv",
                "region_matching.csv", "earmarks.csv", "earmarks_by_region.csv", "consolidation.csv",
                "large_allocations.csv");
        assertThat(entries.get("report.csv")).startsWith("\uFEFFkey,label,value\r\n")
                .contains("basis.sequence,全局序号," + head + "\r\n")
                .contains("basis.checkpoint.hash,检查点摘要（SHA-256）," + checkpoint.path("hash").asText());
        String regions = entries.get("by_region.csv");
        assertThat(regions).startsWith("\uFEFFkey,name,personTimes,distinctWorkers,participantDays,spend,")
                .contains("\r\n330105,拱墅区总工会,3,3,9,4980.00,1660.00,1660.00,553.33,140,0.0214,3150000.00,"
                        + "4980.00,0.0016\r\n");
        assertThat(entries.get("totals.csv")).contains("\r\nactivity,personTimes,参加人次,人次,5\r\n")
                .contains("\r\nfunds,budget,可用预算,元,8450000.00\r\n");
        Reply single = report("year=2025&body=330100&format=csv&table=by_month");
        assertThat(single.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(single.text()).isEqualTo(entries.get("by_month.csv"));
        assertThat(get("/api/v1/reports/yearly?year=2025&body=330100&format=csv&table=nope").status())
                .isEqualTo(400);
    }

    @Test
    void as_of_replay_reproduces_the_live_report_and_answers_an_earlier_cut() {
        JsonNode live = report("year=2025&body=330100").json();
        long sequence = live.at("/basis/sequence").asLong();
        JsonNode replayed = report("year=2025&body=330100&asOf=" + sequence).json();
        assertThat(replayed.at("/basis/source").asText()).isEqualTo("replay");
        assertThat(replayed.at("/basis/sequence").asLong()).isEqualTo(sequence);
        assertThat(replayed.path("totals")).isEqualTo(live.path("totals"));
        assertThat(replayed.path("tables")).isEqualTo(live.path("tables"));
        assertThat(replayed.at("/basis/checkpoint")).isEqualTo(live.at("/basis/checkpoint"));

        // right after T1 was settled: A, B and C attended (no correction yet), no matching commitment
        JsonNode earlier = report("year=2025&body=330100&asOf=" + afterFirstSettlement).json();
        assertThat(earlier.at("/basis/sequence").asLong()).isEqualTo(afterFirstSettlement);
        assertThat(List.of(earlier.at("/totals/activity/personTimes").asLong(),
                earlier.at("/totals/activity/distinctWorkers").asLong(), earlier.at("/totals/activity/trips")
                        .asLong())).containsExactly(3L, 3L, 1L);
        assertThat(List.of(earlier.at("/totals/activity/spend").asText(), earlier.at("/totals/funds/matched")
                .asText(), earlier.at("/totals/funds/reversed").asText())).containsExactly("5220.00", "0.00", "0.00");
        assertThat(earlier.at("/basis/checkpoint/to").asLong()).isGreaterThanOrEqualTo(afterFirstSettlement);
        // the same cut again: byte-identical (the replay is kept)
        assertThat(report("year=2025&body=330100&asOf=" + afterFirstSettlement).body())
                .isEqualTo(report("year=2025&body=330100&asOf=" + afterFirstSettlement).body());
        JsonNode status = get("/api/v1/reports/yearly/status?year=2025&body=330100&asOf=" + afterFirstSettlement)
                .json();
        assertThat(List.of(status.path("ready").asBoolean(), status.path("phase").asText()))
                .containsExactly(true, "ready");
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void xlsx_has_one_sheet_per_table_with_numeric_cells_and_formats() throws Exception {
        Reply reply = report("year=2025&body=330100&format=xlsx");
        assertThat(reply.headers().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("说明", "汇总", "按地区", "按职工类别", "按新就业形态", "按企业所有制", "按月份",
                    "资金线", "资金配套", "区域资金配套", "专项资金合规（按资金线）", "专项资金合规（按地区）", "合并校验",
                    "大额拨付");
            assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("杭州市总工会2025年度职工疗休养资金汇总报告");

            Sheet totals = workbook.getSheet("汇总");
            assertThat(totals.getRow(0).getCell(2).getStringCellValue()).isEqualTo("指标");
            Cell personTimes = valueOf(totals, "personTimes");
            assertThat(personTimes.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(personTimes.getNumericCellValue()).isEqualTo(5.0);
            assertThat(personTimes.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell budget = valueOf(totals, "budget");
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(8_450_000.00);
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell perDay = valueOf(totals, "perParticipantDay");
            assertThat(perDay.getNumericCellValue()).isEqualTo(507.27);
            assertThat(perDay.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell coverage = valueOf(totals, "coverageRate");
            assertThat(coverage.getNumericCellValue()).isEqualTo(0.02);
            assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            Sheet regions = workbook.getSheet("按地区");
            Row header = regions.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("单位");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("结算支出（元）");
            Row gongshu = null;
            for (Row row : regions) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("330105")) {
                    gongshu = row;
                }
            }
            assertThat(gongshu.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(gongshu.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(gongshu.getCell(5).getNumericCellValue()).isEqualTo(4980.00);
            assertThat(gongshu.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(regions.getPaneInformation().isFreezePane()).isTrue();

            Sheet matching = workbook.getSheet("资金配套");
            // two requirements, then the 合计 row
            assertThat(matching.getLastRowNum()).isEqualTo(3);
            assertThat(matching.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            Cell ratio = matching.getRow(2).getCell(8);
            assertThat(ratio.getNumericCellValue()).isEqualTo(1.0);
            assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            Sheet checks = workbook.getSheet("合并校验");
            for (Row row : checks) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(5).getBooleanCellValue()).as(row.getCell(0).getStringCellValue()).isTrue();
                }
            }
            assertThat(checks.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(8_450_000.00);
            assertThat(XlsxReportWriter.sheetName(new Table("x", "合并校验", List.of(), List.of())))
                    .isEqualTo("合并校验");
        }
    }

    private static Cell valueOf(Sheet totals, String key) {
        for (Row row : totals) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(key)) {
                return row.getCell(4);
            }
        }
        throw new AssertionError("no indicator " + key);
    }

    // ------------------------------------------------------------------ HTML in headless Chromium

    @Test
    void html_page_draws_its_charts_in_headless_chromium_without_console_errors(@TempDir Path temp)
            throws Exception {
        Reply reply = report("year=2025&body=330000&format=html");
        assertThat(reply.headers().getContentType().toString()).startsWith("text/html");
        String html = reply.text();
        // self-contained: no script, style sheet, image or frame is loaded from anywhere
        String markup = html.replaceAll("(?s)(<script[^>]*>).*?</script>", "$1</script>");
        assertThat(markup).doesNotContainPattern("<(script|link|img|iframe)[^>]*\\s(src|href)=\"(?!data:)");
        assertThat(markup).containsPattern("(?s)<script>.*<script type=\"application/json\" id=\"report-data\">");
        assertThat(html).contains("2025年，浙江省总工会及所属各级工会共组织职工疗休养5人次");
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at " + CHROMEDRIVER);

        Path page = temp.resolve("report.html");
        Files.write(page, reply.body());
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")), "--window-size=1280,2000");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriver driver = new ChromeDriver(options);
        try {
            driver.get(page.toUri().toString());
            long deadline = System.nanoTime() + Patience.HANG_GUARD.toNanos();
            Object ready = null;
            while (System.nanoTime() < deadline) {
                ready = ((JavascriptExecutor) driver).executeScript("return window.reportChartsReady || 0;");
                if (ready instanceof Number n && n.intValue() > 0) {
                    break;
                }
                Thread.sleep(100);
            }
            List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
            List<String> severe = logs.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::toString).toList();
            assertThat(severe).as("console errors").isEmpty();
            assertThat(((Number) ready).intValue()).isEqualTo(HtmlReportWriter.CHARTS.size());
            for (String chart : HtmlReportWriter.CHARTS) {
                List<WebElement> drawn = driver.findElements(By.cssSelector("#" + chart + " canvas, #" + chart
                        + " svg"));
                assertThat(drawn).as(chart).isNotEmpty();
            }
            assertThat(driver.getTitle()).isEqualTo("浙江省总工会2025年度职工疗休养资金汇总报告");
            assertThat(driver.findElement(By.cssSelector("#summary p")).getText())
                    .startsWith("2025年，浙江省总工会及所属各级工会共组织职工疗休养5人次");
            assertThat(driver.findElement(By.id("basis")).getText()).contains("全局序号");
        } finally {
            driver.quit();
        }
    }

    // ------------------------------------------------------------------ scope

    @Test
    void reports_respect_the_callers_scope() {
        RestClient gongshuClerk = client(TestUsers.GS_CLERK);
        Reply refused = get(gongshuClerk, "/api/v1/reports/yearly?year=2025&body=330100");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("rule").asText()).isEqualTo("out-of-scope");
        assertThat(get(gongshuClerk, "/api/v1/reports/yearly/status?year=2025&body=330100").status()).isEqualTo(403);
        Reply own = get(gongshuClerk, "/api/v1/reports/yearly?year=2025&body=330105");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().at("/totals/activity/personTimes").asLong()).isEqualTo(3);
        assertThat(get(client(TestUsers.ZJ_STAFF), "/api/v1/reports/yearly?year=2025&body=330000&format=csv")
                .status()).isEqualTo(200);
        assertThat(get(client(TestUsers.GZ_STAFF), "/api/v1/reports/yearly?year=2025&body=330000").status())
                .isEqualTo(403);
        assertThat(get(client(TestUsers.AUDITOR), "/api/v1/reports/yearly?year=2025&body=330105&format=xlsx")
                .status()).isEqualTo(200);
        assertThat(get(client(TestUsers.ADMIN), "/api/v1/reports/yearly?year=2025&body=330000").status())
                .isEqualTo(403);
        Reply unknown = get("/api/v1/reports/yearly?year=2025&body=339999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(get("/api/v1/reports/yearly?year=2025&body=330100&format=docx").status()).isEqualTo(400);
        Reply pdf = get("/api/v1/reports/yearly?year=2025&body=330100&format=pdf");
        assertThat(pdf.status()).as("PDF is a report format now").isEqualTo(200);
        assertThat(pdf.headers().getContentType()).hasToString("application/pdf");
        PdfInspection inspection = PdfInspection.of(pdf.body());
        assertThat(inspection.pageWidth()).as("A4 landscape").isGreaterThan(inspection.pageHeight());
        assertThat(inspection.maxTextRight()).isLessThanOrEqualTo(inspection.pageWidth());
        assertThat(inspection.text()).contains("杭州市总工会2025年度职工疗休养资金汇总报告");
    }

    // ------------------------------------------------------------------ CLI and scheduled job

    @Test
    void cli_verb_shows_progress_and_writes_the_report(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("hz.xlsx");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LedgerCli.run(new String[] {"report", "yearly", "--year", "2025", "--body", "330100", "--format",
            "xlsx", "--out", out.toString(), "--url", "http://localhost:" + port, "--user", TestUsers.SYSTEM,
            "--password", TestUsers.PASSWORD}, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("wrote " + out).contains("computed at global sequence " + log.head());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(workbook.getSheet("汇总")).isNotNull();
        }

        // as of a cut not replayed yet: the progress bar of the replay, then the JSON
        Path json = temp.resolve("asof.json");
        printed.reset();
        exit = LedgerCli.run(new String[] {"report", "yearly", "--year", "2025", "--body", "330105", "--as-of",
            String.valueOf(afterFirstSettlement - 1), "--out", json.toString(), "--url", "http://localhost:" + port,
            "--user", TestUsers.SYSTEM, "--password", TestUsers.PASSWORD},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("computed at global sequence");
        assertThat(JSON.readTree(json.toFile()).at("/basis/source").asText()).isEqualTo("replay");

        printed.reset();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        exit = LedgerCli.run(new String[] {"report", "yearly", "--year", "2025", "--body", "330100", "--url",
            "http://localhost:" + port, "--user", TestUsers.GS_CLERK, "--password", TestUsers.PASSWORD},
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("403").contains("out-of-scope");
        assertThat(LedgerCli.run(new String[] {"report", "monthly"}, new PrintStream(printed), System.err))
                .isEqualTo(64);
    }

    @Test
    void scheduled_job_is_off_by_default_and_writes_the_same_bytes_as_the_endpoint(@TempDir Path temp)
            throws Exception {
        assertThat(context.getBeanProvider(YearlyReportJob.class).getIfAvailable()).isNull();
        ReportProperties.Schedule schedule = new ReportProperties.Schedule(true, "0 0 2 1 1 *", "Asia/Shanghai",
                temp.toString(), List.of("330100", "339999"), List.of("json", "csv", "xlsx", "html"), null, -1);
        YearlyReportJob job = new YearlyReportJob(reports, schedule,
                Clock.fixed(java.time.Instant.parse("2026-01-01T02:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(job.year()).isEqualTo(2025);
        List<Path> written = job.run();
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "yearly-report-330100-2025.json", "yearly-report-330100-2025.csv.zip",
                "yearly-report-330100-2025.xlsx", "yearly-report-330100-2025.html");
        assertThat(Files.readAllBytes(temp.resolve("yearly-report-330100-2025.json")))
                .isEqualTo(report("year=2025&body=330100&format=json").body());
        assertThat(Files.readAllBytes(temp.resolve("yearly-report-330100-2025.csv.zip")))
                .isEqualTo(report("year=2025&body=330100&format=csv").body());
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
