package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.demo.DemoCommands;
import org.unionfund.ledger.demo.ReliefDemo;
import org.unionfund.ledger.funds.directory.UnionBodyRegistrar;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 帮扶慰问 page in headless Chromium on the Beijing 2021 and Fushun demo data: an auditor signs in, opens the
 * relief view from the dashboard, reads Beijing's persons and amounts for each of the 8 groups by Chinese name and
 * by district, each table with its 合计 row, and switches to English.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=relief-page"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliefPageBrowserTest {

    private static final String FIGURES = "/api/v1/relief/bodies/110000/figures?year=2021";
    private static final String FUSHUN = "/api/v1/relief/bodies/210400/figures?year=2024";

    @LocalServerPort
    int port;
    @Autowired
    CommandSender sender;
    @Autowired
    UnionBodyRegistrar registrar;
    @Autowired
    Durability durability;
    @Autowired
    WorkerPseudonyms pseudonyms;

    private BrowserSession browser;
    private RestClient http;
    private long beijingPayments;

    @BeforeAll
    void start() throws IOException {
        List<Object> sent = ReliefDemo.send(new DemoCommands(sender, registrar, durability, TestUsers.SYSTEM,
                "relief-page"), pseudonyms, durability);
        beijingPayments = sent.stream().filter(c -> c instanceof PayReliefCommand pay
                && pay.campaignId().value().startsWith("SWN-2021-")).count();
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultHeaders(TestUsers::asSystem).build();
        await().atMost(Patience.HANG_GUARD).until(() -> http.get().uri(FIGURES).retrieve().body(JsonNode.class)
                .path("payments").asLong() == beijingPayments);
        browser = BrowserSession.open(port);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_auditor_reads_beijing_2021_by_group_and_district_with_totals_in_chinese_and_english() throws Exception {
        browser.login(TestUsers.AUDITOR);
        browser.driver.findElement(By.cssSelector("[data-testid=relief-link]")).click();
        WebElement totals = browser.waitFor(By.cssSelector("[data-testid=relief-totals]"));
        browser.waitUntil(d -> !totals.getText().isBlank());
        assertThat(totals.getText()).contains("北京市").contains("2021").contains("预算 1000.00 万元")
                .contains("人次 " + beijingPayments);

        List<String> groups = rows("relief-by-group");
        assertThat(groups).hasSize(9);
        assertThat(groups.get(0)).startsWith("建档困难职工 ");
        assertThat(String.join("\n", groups)).contains("生活临时困难职工", "工伤职业病致残职工和因公牺牲职工家属",
                "劳动模范、先进工作者", "重大任务中涌现的先进模范人物", "艰苦行业一线职工", "节日坚守岗位的基层职工和农民工",
                "派驻挂职干部职工");
        assertThat(groups.get(8)).startsWith("合计 ").contains(" " + beijingPayments + " ");
        List<String> regions = rows("relief-by-region");
        assertThat(regions).hasSize(17);
        assertThat(regions.get(0)).startsWith("东城区");
        assertThat(String.join("\n", regions)).contains("朝阳区", "延庆区");
        assertThat(regions.get(16)).startsWith("合计 ").contains(" " + beijingPayments + " ");
        browser.screenshot("relief");

        browser.driver.findElement(By.id("lang")).click();
        browser.waitUntil(d -> rows("relief-by-group").get(8).startsWith("Total"));
        assertThat(rows("relief-by-group").get(0)).startsWith("Registered hardship workers");
        assertThat(totals.getText()).contains("Budget 1000.00 10k yuan");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=relief-by-region] thead")).getText())
                .contains("Region").contains("Persons reached");
        browser.driver.findElement(By.id("lang")).click();
        browser.assertNoSevereConsoleErrors(List.of());
    }

    @Test
    void fushun_shows_screening_and_subsidies_as_two_sections_on_the_page_and_in_the_yearly_report() throws Exception {
        await().atMost(Patience.HANG_GUARD).until(() -> http.get().uri(FUSHUN).retrieve().body(JsonNode.class)
                .path("persons").asLong() == 1_113 + 71);
        JsonNode figures = http.get().uri(FUSHUN).retrieve().body(JsonNode.class);
        assertThat(figures.at("/byKind/0/kind").asText()).isEqualTo("SCREENING");
        assertThat(figures.at("/byKind/0/persons").asLong()).isEqualTo(1_113);
        assertThat(figures.at("/byKind/0/coverage").asText()).isEqualTo("1.0000");
        assertThat(figures.at("/byKind/1/kind").asText()).isEqualTo("SUBSIDY");
        assertThat(figures.at("/byKind/1/paid").asText()).isEqualTo("706000.00");
        assertThat(figures.at("/byKind").size()).isEqualTo(2);

        JsonNode report = http.get().uri("/api/v1/reports/yearly?year=2024&body=210400&format=json").retrieve()
                .body(JsonNode.class);
        assertThat(report.at("/tables/screening_summary/rows/0/summary").asText())
                .contains("2024年健康筛查：投入300,000.00元（约30万元），惠及1,113人（1,113人次）")
                .contains("在册1,113人覆盖率100.00%");
        assertThat(report.at("/tables/subsidy_summary/rows/0/summary").asText())
                .contains("2024年特病补贴：投入710,000.00元（约71万元），惠及71人").contains("支出706,000.00元");
        assertThat(report.at("/tables/screening_by_group/rows/0/groupName").asText()).isEqualTo("困难女职工");
        assertThat(report.at("/tables/relief_by_group").isMissingNode()).as("no 送温暖 in Fushun").isTrue();

        browser.login(TestUsers.AUDITOR);
        browser.driver.get(browser.base() + "/dashboard/relief.html");
        WebElement body = browser.waitFor(By.cssSelector("[data-testid=relief-body]"));
        body.clear();
        body.sendKeys("210400");
        WebElement year = browser.driver.findElement(By.cssSelector("[data-testid=relief-year]"));
        year.clear();
        year.sendKeys("2024");
        browser.driver.findElement(By.cssSelector("[data-testid=relief-show]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=relief-section]")).size() == 2);
        List<WebElement> sections = browser.driver.findElements(By.cssSelector("[data-testid=relief-section]"));
        assertThat(sections.get(0).findElement(By.tagName("h2")).getText()).isEqualTo("健康筛查");
        assertThat(sections.get(0).findElements(By.cssSelector("[data-testid=relief-by-group] tbody tr")).get(0)
                .getText()).startsWith("困难女职工 1113 1113");
        assertThat(sections.get(1).findElement(By.tagName("h2")).getText()).isEqualTo("特病补贴");
        assertThat(sections.get(1).getText()).contains("患特殊疾病职工").doesNotContain("困难女职工");
        browser.screenshot("relief-fushun");
    }

    private List<String> rows(String table) {
        return browser.driver.findElements(By.cssSelector("[data-testid=" + table + "] tbody tr")).stream()
                .map(WebElement::getText).toList();
    }
}
