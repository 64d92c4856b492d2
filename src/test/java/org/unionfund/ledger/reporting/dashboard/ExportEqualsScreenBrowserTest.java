package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

/** The XLSX and CSV buttons export the table as the screen shows it: Chinese headers, names, typed numbers. */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportEqualsScreenBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private BrowserSession browser;

    @BeforeAll
    void start() throws IOException {
        browser = BrowserSession.open(port);
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
    void the_regions_table_exports_with_the_screens_headers_names_and_numbers() throws IOException {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/regions?year=2025&region=330100", "regions");
        List<String> headers = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("[data-table=regions] thead th")).forEach(th -> headers.add(
                th.getText().trim()));
        WebElement gongshu = browser.waitFor(By.cssSelector("[data-table=regions] tr[data-key='330105']"));
        String shownPersonTimes = gongshu.findElement(By.cssSelector("td:nth-child(2)")).getText();
        String rawSpend = gongshu.findElement(By.cssSelector("td:nth-child(5) a.q")).getAttribute("data-raw");

        browser.waitFor(By.cssSelector("[data-testid=export-xlsx-regions]")).click();
        Path xlsx = browser.downloaded(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> sheetHeaders = new ArrayList<>();
            sheet.getRow(0).forEach(c -> sheetHeaders.add(c.getStringCellValue()));
            assertThat(sheetHeaders).isEqualTo(headers).contains("人次", "覆盖率");
            Row row = null;
            for (Row r : sheet) {
                if ("拱墅区总工会".equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("the row of 拱墅区总工会, by name").isNotNull();
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(Long.parseLong(
                    shownPersonTimes.replace(",", "")));
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(Double.parseDouble(rawSpend));
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }

        browser.waitFor(By.cssSelector("[data-testid=export-csv-regions]")).click();
        String csv = Files.readString(browser.downloaded(".csv"));
        assertThat(csv.lines().findFirst().orElse("")).isEqualTo("\uFEFF" + String.join(",", headers));
        assertThat(csv).contains("拱墅区总工会,");
    }
}
