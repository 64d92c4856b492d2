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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * The browse page in Chromium: a list filters and pages, its 合计 row (and in its XLSX export as numbers), the
 * drill-through from the overview and the regions table to the trips behind a figure, the overview's month and
 * category filters (and 同比 where the previous year has no data), and a refusal shown in Chinese and in English.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagesBrowserTest {

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
    void the_trip_list_pages_and_filters() {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/browse?list=trips&year=2025&region=330000&size=2", "browse");
        assertThat(text("page-of")).isEqualTo("第 1 / 2 页，共 4 条");
        assertThat(rowKeys()).containsExactly("T3", "T1");
        WebElement t1 = browser.waitFor(By.cssSelector("[data-table=list] tr[data-key=T1]"));
        assertThat(t1.getText()).contains("拱墅区2025年一线职工疗休养").contains("拱墅区总工会").doesNotContain("GS-2025-LIAOXIU");
        assertThat(t1.findElement(By.cssSelector("span[title=GS-2025-LIAOXIU]")).getText())
                .isEqualTo("拱墅区2025年一线职工疗休养");

        clickAndRender(By.cssSelector("[data-testid=page-next]"));
        assertThat(text("page-of")).isEqualTo("第 2 / 2 页，共 4 条");
        assertThat(rowKeys()).containsExactly("T2", "T4");

        new Select(browser.waitFor(By.cssSelector("[data-testid=filter-category]"))).selectByValue("NEW_FORM");
        clickAndRender(By.cssSelector("[data-testid=filter-apply]"));
        assertThat(rowKeys()).containsExactly("T1", "T4");
        assertThat(text("page-of")).isEqualTo("第 1 / 1 页，共 2 条");

        clickAndRender(By.cssSelector("[data-testid=participants-T1]"));
        assertThat(rowKeys()).containsExactly("A", "B", "C", "D");
        assertThat(browser.driver.findElement(By.cssSelector("[data-table=list]")).getText()).contains("已参加")
                .contains("未参加");
    }

    @Test
    void the_programme_list_has_a_total_row_that_exports_as_numbers() throws IOException {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/browse?list=programmes&year=2025&region=330000", "browse");
        WebElement total = browser.waitFor(By.cssSelector("[data-testid=list-total]"));
        List<String> cells = new ArrayList<>();
        total.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
        assertThat(cells.get(0)).isEqualTo("合计");
        assertThat(cells.get(3)).isEqualTo("2,590");
        assertThat(cells.get(4)).isEqualTo("¥2,846,000.00");

        browser.waitFor(By.cssSelector("[data-testid=export-xlsx-list]")).click();
        Path xlsx = browser.downloaded(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(last.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(2590.0);
            assertThat(last.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(2_846_000.0);
        }
    }

    @Test
    void the_overview_and_the_regions_table_drill_through_to_the_trips_behind_them() {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/overview?year=2025&region=330000", "overview");
        clickAndRender(By.cssSelector("[data-testid=drill-month-2025-05]"));
        assertThat(browser.driver.findElement(By.id("view")).getAttribute("data-page")).isEqualTo("browse");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=filter-from]")).getAttribute("value"))
                .isEqualTo("2025-05-01");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=filter-to]")).getAttribute("value"))
                .isEqualTo("2025-05-31");
        assertThat(rowKeys()).containsExactly("T1");

        browser.go("#/regions?year=2025&region=330100", "regions");
        clickAndRender(By.cssSelector("[data-testid=trips-330105]"));
        assertThat(rowKeys()).containsExactly("T1", "T4");
        assertThat(new Select(browser.waitFor(By.cssSelector("[data-testid=filter-region]"))).getFirstSelectedOption()
                .getText()).isEqualTo("拱墅区总工会");
    }

    @Test
    void the_overview_filters_by_month_and_category_and_drills_through_with_them() {
        browser.login(TestUsers.ZJ_STAFF);
        browser.go("#/overview?year=2025&region=330000", "overview");
        assertThat(kpi("personTimes")).isEqualTo("8");
        // no 2024 data: 同比 is not shown as a number
        assertThat(browser.textOf(By.cssSelector("[data-testid=kpi-spend] [data-testid=yoy-none]")))
                .isEqualTo("上年同期无数据");

        String before = browser.rendered();
        new Select(browser.waitFor(By.cssSelector("[data-testid=filter-month]"))).selectByValue("05");
        browser.waitUntil(d -> !before.equals(browser.rendered()) && d.getCurrentUrl().contains("month=05"));
        assertThat(kpi("personTimes")).isEqualTo("3");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=kpi-personTimes] a.q")).getAttribute("data-api"))
                .isEqualTo("/api/v1/statistics/per-capita?month=2025-05&region=330000");

        String month = browser.rendered();
        new Select(browser.waitFor(By.cssSelector("[data-testid=filter-category]"))).selectByValue("NEW_FORM");
        browser.waitUntil(d -> !month.equals(browser.rendered()) && d.getCurrentUrl().contains("category=NEW_FORM"));
        assertThat(kpi("personTimes")).isEqualTo("1");

        clickAndRender(By.cssSelector("[data-testid=drill-trips]"));
        assertThat(browser.waitFor(By.cssSelector("[data-testid=filter-from]")).getAttribute("value"))
                .isEqualTo("2025-05-01");
        assertThat(new Select(browser.waitFor(By.cssSelector("[data-testid=filter-category]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("NEW_FORM");
        assertThat(rowKeys()).containsExactly("T1");
    }

    @Test
    void a_refusal_is_shown_in_chinese_and_in_english() {
        browser.login(TestUsers.GS_CLERK);
        goToProblem("#/browse?list=trips&year=2025&region=330106");
        WebElement refusal = browser.waitFor(By.cssSelector("[data-testid=refusal]"));
        assertThat(refusal.getAttribute("data-rule")).isEqualTo("out-of-scope");
        assertThat(message(refusal)).isEqualTo("（403）【单位】超出您的查看范围：您只能查看本单位及下级单位的数据。");

        goToProblem("#/browse?list=trips&year=2025&region=330105&from=2025-06-01&to=2025-05-01");
        WebElement error = browser.waitFor(By.cssSelector("[data-testid=error]"));
        assertThat(error.getAttribute("data-rule")).isEqualTo("invalid-range");
        assertThat(message(error)).isEqualTo("【截止日期】截止日期早于起始日期。");

        String before = browser.rendered();
        browser.driver.findElement(By.id("lang")).click();
        browser.waitUntil(d -> !before.equals(browser.rendered()));
        assertThat(message(browser.waitFor(By.cssSelector("[data-testid=error]"))))
                .isEqualTo("Field “end date”: The end date is before the start date.");
        goToProblem("#/browse?list=trips&year=2025&region=330106");
        assertThat(message(browser.waitFor(By.cssSelector("[data-testid=refusal]"))))
                .isEqualTo("(403) Field “body”: Outside your scope: you see only your own body and the bodies below it.");
        browser.driver.findElement(By.id("lang")).click();
    }

    private void clickAndRender(By by) {
        String before = browser.rendered();
        browser.waitFor(by).click();
        browser.waitUntil(d -> !before.equals(browser.rendered())
                && !d.findElements(By.cssSelector("#view [data-testid=title]")).isEmpty());
    }

    /** Opens a page that answers with a refusal or an error (no page title). */
    private void goToProblem(String hash) {
        String before = browser.rendered();
        browser.js("location.hash = arguments[0];", hash);
        browser.waitUntil(d -> !before.equals(browser.rendered()) && !d.findElements(
                By.cssSelector("#view [data-testid=refusal], #view [data-testid=error]")).isEmpty());
    }

    private String kpi(String key) {
        return browser.textOf(By.cssSelector("[data-testid=kpi-" + key + "] .value a.q")).trim();
    }

    private static String message(WebElement problem) {
        return problem.findElement(By.cssSelector("[data-testid=refusal-message]")).getText().trim();
    }

    private String text(String testId) {
        return browser.textOf(By.cssSelector("[data-testid=" + testId + "]")).trim();
    }

    private List<String> rowKeys() {
        List<String> keys = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("[data-table=list] tbody tr[data-key]"))
                .forEach(tr -> keys.add(tr.getAttribute("data-key")));
        return keys;
    }
}
