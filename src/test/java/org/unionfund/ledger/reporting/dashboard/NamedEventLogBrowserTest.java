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
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.audit.AuditTesting;
import org.unionfund.ledger.audit.NamedScenario;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * The auditor reads allocation documents and own-money commitments in the event log by name: the 文号 instead of
 * the document id and the fund's name instead of its code, the code on hover; provincial staff see the 文号 on the
 * matching page and the fund's name on the budget page ({@link NamedScenario}).
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.audit.sealer-enabled=false",
        "ledger.test.context=named-event-log"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedEventLogBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProcessorAdmin processors;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        NamedScenario.commands().forEach(commands::sendAndWait);
        AuditTesting.awaitCaughtUp(processors);
        browser = BrowserSession.open(port);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void documents_and_own_money_read_with_their_numbers_and_fund_names() {
        browser.login(TestUsers.AUDITOR);
        browser.go("#/audit?type=AllocationDocumentIssued", "audit");
        WebElement issued = sentence();
        assertThat(issued.getText()).isEqualTo("浙江省总工会 向 宁波市总工会 下达 " + NamedScenario.NUMBER + " “"
                + NamedScenario.TITLE + "”，拨付 1,000,000.00 元（来源：" + NamedScenario.FUND_NAME
                + "），要求配套 1,000,000.00 元");
        assertThat(issued.findElement(By.cssSelector(".fund-name")).getAttribute("title"))
                .isEqualTo(NamedScenario.FUND.value());

        browser.go("#/audit?type=OwnFundsCommitted", "audit");
        WebElement committed = sentence();
        assertThat(committed.getText()).isEqualTo("宁波市总工会 以 " + NamedScenario.OWN_NAME + " 投入配套 600,000.00 元（"
                + NamedScenario.NUMBER + "）");
        assertThat(committed.findElement(By.cssSelector(".fund-name")).getAttribute("title"))
                .isEqualTo(NamedScenario.OWN_FUND);
        browser.assertNoSevereConsoleErrors(List.of());
    }

    @Test
    void the_matching_and_budget_pages_show_the_document_number_and_the_fund_name() {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/matching?year=2025&region=330000", "matching");
        WebElement document = browser.driver.findElement(By.cssSelector("tr[data-allocation='"
                + NamedScenario.DOCUMENT + "']"));
        assertThat(document.getText()).contains(NamedScenario.NUMBER).contains(NamedScenario.TITLE)
                .doesNotContain(NamedScenario.DOCUMENT);
        browser.go("#/budget?year=2025&region=330200", "budget");
        WebElement line = browser.driver.findElement(By.cssSelector("tr[data-fund='" + NamedScenario.FUND.value()
                + "']"));
        assertThat(line.getText()).contains(NamedScenario.FUND_NAME);
        browser.assertNoSevereConsoleErrors(List.of());
    }

    private WebElement sentence() {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[data-table=events] tbody tr"));
        assertThat(rows).hasSize(1);
        return rows.get(0).findElement(By.cssSelector("[data-testid=sentence]"));
    }
}
