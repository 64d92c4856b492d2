package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 审批 page: a clerk's allocation above the threshold waits in the reviewer's inbox with its effect on balances,
 * the reviewer and then the chair approve it in the browser, the clerk sees it approved and only then the money is
 * in the receiving city's balance.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalPageBrowserTest {

    @LocalServerPort
    int port;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.open(port);
        as(TestUsers.SYSTEM, "/api/v1/bodies", "{\"bodyId\": \"640000\", \"name\": \"宁夏回族自治区总工会\", \"level\": \"PROVINCE\"}");
        as(TestUsers.SYSTEM, "/api/v1/bodies",
                "{\"bodyId\": \"640100\", \"name\": \"银川市总工会\", \"level\": \"CITY\", \"parentId\": \"640000\"}");
        as(TestUsers.SYSTEM, "/api/v1/funds", """
                {"fundId": "T22-B-2025", "bodyId": "640000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-10"}""");
        as("t-ap-chair", "/api/v1/bodies/640000/approval-policies", """
                {"validFrom": "2025-02-01", "rules": [
                  {"act": "ALLOCATION", "above": "50000.00", "steps": ["REVIEW", "APPROVE"]}]}""");
        as("t-ap-clerk", "/api/v1/allocations", """
                {"allocationId": "T22-B", "fromBodyId": "640000", "fundId": "T22-B-2025", "toBodyId": "640100",
                 "amount": "80000.00", "effectiveDate": "2025-03-01",
                 "matching": {"ratioBasisPoints": 10000, "deadline": "2025-06-30"}}""");
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void propose_review_approve_in_the_browser_and_only_then_the_money_is_in_the_balance() throws IOException {
        assertThat(cityBalance()).isNull();
        browser.login("t-ap-reviewer");
        approveInBrowser("审核通过");
        assertThat(cityBalance()).isNull();

        browser.login("t-ap-chair");
        approveInBrowser("审批通过");

        browser.login("t-ap-clerk");
        browser.go("#/approvals", "approvals");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-testid='status-T22-B']")).getText()
                .equals("已审批入账"));
        String row = browser.driver.findElement(By.cssSelector("[data-table=proposals] tr[data-key='T22-B']")).getText();
        assertThat(row).contains("t-ap-reviewer").contains("t-ap-chair").contains("80,000.00");
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(100))
                .until(() -> "80000.00".equals(cityBalance()));
        browser.go("#/audit?type=ProposalApproved", "audit");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-table=events]")).getText()
                .contains("t-ap-chair 审批通过 T22-B，已入账"));
        browser.go("#/audit?type=ActProposed", "audit");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-table=events]")).getText()
                .contains("经办人 t-ap-clerk（宁夏回族自治区总工会）提交上级补助拨付 T22-B，金额 80,000.00 元，待审核、审批"));
        // the booking's own sentence names who signed it
        browser.go("#/audit?type=FundsAllocated", "audit");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-table=events]")).getText()
                .contains("（经办 t-ap-clerk，审核 t-ap-reviewer，审批 t-ap-chair）"));
        browser.screenshot("approvals");
        browser.assertNoSevereConsoleErrors(List.of());
    }

    private void approveInBrowser(String label) {
        browser.go("#/approvals", "approvals");
        var approve = browser.waitFor(By.cssSelector("[data-testid='approve-T22-B']"));
        assertThat(approve.getText()).isEqualTo(label);
        assertThat(browser.driver.findElement(By.cssSelector("[data-table=inbox] tr[data-key='T22-B']")).getText())
                .contains("银川市总工会").contains("80,000.00").contains("t-ap-clerk")
                .contains("要求下级配套 100%，截止 2025-06-30");
        approve.click();
        browser.waitFor(By.cssSelector("[data-testid=inbox-empty]"));
    }

    private String cityBalance() throws IOException {
        JsonNode accounts = new ObjectMapper().readTree(client(TestUsers.SYSTEM).get()
                .uri("/api/v1/bodies/640100/accounts?year=2025").retrieve().body(String.class));
        for (JsonNode account : accounts.path("accounts")) {
            if (account.at("/account/key").asText().equals("FUND|640100|2025|T22-B-2025||")) {
                return account.path("balance").asText();
            }
        }
        return null;
    }

    private void as(String user, String path, String body) {
        client(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl(browser.base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user)).build();
    }
}
