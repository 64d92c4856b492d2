package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

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
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * The event log page as sentences over {@link DashboardScenario}: the auditor reads an allocation as
 * "浙江省总工会 从 ZJ-2025-RECUP 向 杭州市总工会 拨付 4,000,000.00 元（…）" (the fund has no name here: its code) with the
 * raw stored event one click away; a county clerk's
 * page holds the newest events of the county's subtree (and nothing of another city), and a filter that matches
 * nothing says so.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.open(port);
        RestClient system = RestClient.builder().baseUrl(browser.base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.SYSTEM)).build();
        DashboardScenario.loadOnce(system, commands);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_auditor_reads_an_allocation_as_a_sentence_with_the_raw_event_one_click_away() throws IOException {
        browser.login(TestUsers.AUDITOR);
        browser.go("#/audit?type=FundsAllocated", "audit");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[data-table=events] tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-type"))
                .isEqualTo("FundsAllocated"));
        WebElement row = rows.stream().filter(r -> r.getText().contains("A-ZJ-HZ）")).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector("[data-testid=sentence]")).getText())
                .isEqualTo("浙江省总工会 从 ZJ-2025-RECUP 向 杭州市总工会 拨付 4,000,000.00 元（A-ZJ-HZ）");
        assertThat(row.getText()).contains("上级补助拨付");
        WebElement raw = row.findElement(By.cssSelector("[data-testid=raw]"));
        assertThat(raw.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        raw.findElement(By.tagName("summary")).click();
        browser.waitUntil(d -> raw.findElement(By.tagName("pre")).isDisplayed());
        assertThat(raw.findElement(By.tagName("pre")).getText()).contains("\"eventType\": \"FundsAllocated\"")
                .contains("A-ZJ-HZ")
                .contains("\"hash\"");
        browser.screenshot("event-log");
        browser.assertNoSevereConsoleErrors(List.of());
    }

    @Test
    void a_county_clerk_sees_the_newest_events_of_the_county_only_and_an_empty_filter_says_so() {
        browser.login(TestUsers.GS_CLERK);
        browser.go("#/audit", "audit");
        List<WebElement> sentences = browser.driver.findElements(By.cssSelector("[data-testid=sentence]"));
        assertThat(sentences).isNotEmpty();
        String all = browser.driver.findElement(By.cssSelector("[data-table=events]")).getText();
        assertThat(all).contains("杭州市总工会 从 ZJ-2025-RECUP 向 拱墅区总工会 拨付 1,000,000.00 元（A-HZ-GS）")
                .doesNotContain("宁波市总工会").doesNotContain("鄞州区总工会").doesNotContain("西湖区总工会");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=events-empty]"))).isEmpty();

        browser.go("#/audit?type=YearClosedEvent", "audit");
        assertThat(browser.textOf(By.cssSelector("[data-testid=events-empty]")))
                .isEqualTo("没有符合条件的事件。");
    }
}
