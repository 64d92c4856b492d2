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

/** At phone width (390 px) the menu stays on the screen and every page fits the width (tables scroll inside). */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.phone(port);
        DashboardScenario.loadOnce(RestClient.builder().baseUrl(browser.base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.SYSTEM)).build(), commands);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_menu_and_the_pages_fit_a_390_px_screen() throws IOException {
        browser.login(TestUsers.ZJ_STAFF);
        long width = (Long) browser.js("return window.innerWidth;");
        assertThat(width).isLessThanOrEqualTo(390);
        for (String page : List.of("overview", "regions", "reports", "audit", "statements")) {
            browser.go("#/" + page + "?year=2025&region=330000", page);
            WebElement nav = browser.driver.findElement(By.id("nav"));
            assertThat(nav.getRect().getX()).as(page + ": menu starts on the screen").isGreaterThanOrEqualTo(0);
            assertThat(nav.getRect().getX() + nav.getRect().getWidth()).as(page + ": menu ends on the screen")
                    .isLessThanOrEqualTo((int) width);
            assertThat(nav.findElements(By.tagName("a"))).isNotEmpty().allSatisfy(a ->
                    assertThat(a.getRect().getHeight()).isGreaterThan(0));
            assertThat((Long) browser.js("return document.documentElement.scrollWidth;")).as(page + " page width")
                    .isLessThanOrEqualTo(width);
        }
        browser.go("#/overview?year=2025&region=330000", "overview");
        browser.screenshot("phone-overview");
    }
}
