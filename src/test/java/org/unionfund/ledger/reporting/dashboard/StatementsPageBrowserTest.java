package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.audit.cli.AuditCli;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.SealedGongshu;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * The 年终结账 page in headless Chromium: an auditor sees the sealed year of 拱墅区总工会 with its seal, a signature
 * that holds and no corrections, downloads the statement as PDF, JSON and HTML — each of which the offline check
 * accepts with only the file and the public key — then sees a refund booked into the sealed year listed against the
 * seal, and switches to English.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=statements-page"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;
    private RestClient http;

    @BeforeAll
    void start() throws IOException {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultHeaders(TestUsers::asSystem).build();
        SealedGongshu.closeAndSeal2025(commands, http, SealedGongshu.VENUE);
        browser = BrowserSession.open(port);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_auditor_lists_sealed_years_and_takes_the_signed_statement_away() throws Exception {
        browser.login(TestUsers.AUDITOR);
        browser.go("#/statements", "statements");
        assertThat(browser.textOf(By.cssSelector("[data-testid=title]"))).isEqualTo("年终结账封存报表");
        WebElement row = browser.waitFor(By.cssSelector("[data-testid=seal-row][data-seal='seal:2025:330105']"));
        assertThat(row.getText()).contains("拱墅区总工会").contains("2025");
        assertThat(row.findElement(By.cssSelector("[data-testid=seal-signature]")).getText()).isEqualTo("✓ 有效");
        assertThat(row.findElement(By.cssSelector("[data-testid=seal-corrections]")).getText()).isEqualTo("0");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=statements-table] tfoot")).getText())
                .isEqualTo("合计 1 个封存年度");
        browser.screenshot("statements");

        row.findElement(By.cssSelector("[data-testid=statement-pdf]")).click();
        row.findElement(By.cssSelector("[data-testid=statement-json]")).click();
        row.findElement(By.cssSelector("[data-testid=statement-html]")).click();
        Path key = Files.writeString(browser.downloads.resolve("ledger-audit.pub"), http.get()
                .uri("/api/v1/audit/public-key").retrieve().body(com.fasterxml.jackson.databind.JsonNode.class)
                .path("publicKey").asText());
        for (String file : List.of("year-statement-330105-2025.pdf", "year-statement-330105-2025.json",
                "year-statement-330105-2025.html")) {
            Path downloaded = browser.downloaded(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            int code = AuditCli.run(List.of("check-report", downloaded.toString(), "--public-key", key.toString()),
                    "http://127.0.0.1:9", null, null, print, print);
            assertThat(code).as(file + ": " + out.toString(StandardCharsets.UTF_8)).isZero();
        }

        commands.sendAndWait(SealedGongshu.VENUE_REFUND);
        browser.go("#/statements", "statements");
        WebElement corrected = browser.waitFor(By.cssSelector("[data-testid=seal-row]"));
        assertThat(corrected.findElement(By.cssSelector("[data-testid=seal-corrections]")).getText())
                .startsWith("1").contains("R-GS-VENUE 冲销 GS-VENUE-2025（场地费退回，2026-");
        assertThat(corrected.findElement(By.cssSelector("[data-testid=seal-signature]")).getText())
                .isEqualTo("✓ 有效");
        browser.screenshot("statements-corrected");

        String before = browser.rendered();
        browser.driver.findElement(By.id("lang")).click();
        browser.waitUntil(d -> !before.equals(browser.rendered()));
        assertThat(browser.textOf(By.cssSelector("[data-testid=title]")))
                .isEqualTo("Sealed year statements");
        assertThat(browser.textOf(By.cssSelector("[data-testid=seal-signature]"))).isEqualTo("✓ holds");
        browser.driver.findElement(By.id("lang")).click();
        browser.assertNoSevereConsoleErrors(List.of());
    }
}
