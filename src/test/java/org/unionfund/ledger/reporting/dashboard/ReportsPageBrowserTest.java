package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.reporting.PdfInspection;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 年度报告 page in headless Chromium over {@link DashboardScenario}: provincial staff read the 2025 report of the
 * province in the page, download it in every format (the PDF is A4 landscape and keeps every column of every table
 * on the page), ask for an as-of report; a county clerk is offered only their own county; the sign-in page hides the
 * demo passwords when the demo data is off; {@code /} leads to the dashboard.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.open(port);
        DashboardScenario.loadOnce(client(TestUsers.SYSTEM), commands);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staff_read_the_province_report_in_the_page_and_download_every_format() throws Exception {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/reports?year=2025&region=330000", "reports");
        WebElement frame = browser.waitFor(By.cssSelector("[data-testid=report-frame]"));
        browser.waitUntil(d -> "true".equals(frame.getAttribute("data-loaded")));
        browser.driver.switchTo().frame(frame);
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("浙江省总工会2025年度职工疗休养资金汇总报告");
        assertThat(browser.driver.findElement(By.id("table-by_region")).getText()).contains("杭州市总工会");
        browser.driver.switchTo().defaultContent();
        assertThat(browser.textOf(By.cssSelector("[data-testid=report-basis]"))).contains("全局序号");
        browser.screenshot("reports");

        for (String format : List.of("pdf", "xlsx", "html", "csv", "json")) {
            browser.waitFor(By.cssSelector("[data-testid=report-download-" + format + "]")).click();
        }
        Path pdf = browser.downloaded("yearly-report-330000-2025.pdf");
        Path xlsx = browser.downloaded("yearly-report-330000-2025.xlsx");
        Path html = browser.downloaded("yearly-report-330000-2025.html");
        browser.downloaded("yearly-report-330000-2025.csv.zip");
        Path json = browser.downloaded("yearly-report-330000-2025.json");
        assertThat(Files.readString(html)).contains("浙江省总工会2025年度职工疗休养资金汇总报告")
                .contains("size:A4 landscape");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheet("按地区")).isNotNull();
        }

        PdfInspection inspection = PdfInspection.of(Files.readAllBytes(pdf));
        assertThat(inspection.pageWidth()).as("A4 landscape width").isBetween(841f, 843f);
        assertThat(inspection.pageHeight()).as("A4 landscape height").isBetween(594f, 596f);
        assertThat(inspection.maxTextRight()).as("no glyph beyond the page").isLessThanOrEqualTo(inspection.pageWidth());
        assertThat(inspection.allFontsEmbedded()).isTrue();
        String text = inspection.text();
        JsonNode report = DashboardScenario.read(Files.readString(json));
        int checked = 0;
        for (Map.Entry<String, JsonNode> table : report.path("tables").properties()) {
            if (table.getKey().equals("totals") || table.getValue().path("rows").isEmpty()) {
                continue;
            }
            for (JsonNode column : table.getValue().path("columns")) {
                assertThat(text).as("column %s of %s in the PDF", column.path("label").asText(), table.getKey())
                        .contains(column.path("label").asText().replaceAll("\\s+", ""));
                checked++;
            }
        }
        assertThat(checked).as("columns checked").isGreaterThan(30);
        assertThat(text).contains("第1页，共" + inspection.pages() + "页");
        browser.assertNoSevereConsoleErrors(List.of());
    }

    @Test
    void an_as_of_report_is_replayed_and_says_its_cut() {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/reports?year=2025&region=330000", "reports");
        long head = client(TestUsers.SYSTEM).get().uri("/api/v1/audit/events?after=0&limit=1").retrieve()
                .body(JsonNode.class).path("head").asLong();
        long cut = head / 2;
        WebElement asOf = browser.waitFor(By.cssSelector("[data-testid=report-asof]"));
        asOf.clear();
        asOf.sendKeys(String.valueOf(cut));
        String before = browser.rendered();
        browser.driver.findElement(By.cssSelector("[data-testid=report-show]")).click();
        browser.waitUntil(d -> !before.equals(browser.rendered()));
        WebElement frame = browser.waitFor(By.cssSelector("[data-testid=report-frame]"));
        browser.waitUntil(d -> "true".equals(frame.getAttribute("data-loaded")));
        assertThat(browser.textOf(By.cssSelector("[data-testid=report-basis]"))).containsPattern(
                "全局序号 \\d+").doesNotContain("全局序号 " + head + " ");
        browser.driver.switchTo().frame(frame);
        assertThat(browser.textOf(By.id("basis"))).contains("回放事件日志");
        browser.driver.switchTo().defaultContent();
    }

    @Test
    void a_county_clerk_is_offered_only_their_county() {
        browser.login(TestUsers.GS_CLERK);
        browser.go("#/reports?year=2025", "reports");
        List<String> offered = browser.driver.findElements(By.cssSelector("[data-testid=report-body] option"))
                .stream().map(o -> o.getAttribute("value")).toList();
        assertThat(offered).containsExactly("330105");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=report-body] option")).getText())
                .isEqualTo("拱墅区总工会");
    }

    @Test
    void the_sign_in_page_hides_demo_passwords_without_demo_data_and_the_root_leads_to_the_dashboard()
            throws Exception {
        browser.driver.get(browser.base() + "/dashboard/");
        browser.js("sessionStorage.clear();");
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("username"));
        assertThat(browser.driver.findElement(By.id("demo-users")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("zj-staff-demo");

        HttpResponse<String> root = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(browser.base() + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/dashboard/");
        assertThat(client(TestUsers.SYSTEM).get().uri("/dashboard/sign-in").accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class).path("demoUsers").asBoolean()).isFalse();
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl(browser.base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user)).build();
    }
}
