package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard end to end in a real headless Chromium (Selenium, Debian's chromium and chromium-driver): a small
 * Zhejiang loaded through the API, provincial staff sees the query API's figures, drills down to a district, charts
 * render without console errors; a settlement posted meanwhile appears without a reload; a county clerk is refused
 * another county (in the page and by the API); the auditor sees the event log with a clean verification. Screenshots
 * go to {@code target/screenshots/}; {@code -Dledger.screenshots.dir=docs/screenshots} refreshes the images of
 * docs/dashboard.md (see docs/operations.md). Skipped only when {@code /usr/bin/chromium} is
 * missing ({@code .ci/run} installs it).
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=dashboard"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Patience.HANG_GUARD;

    private static ChromeDriver driver;
    private static Path profile;
    private static boolean loaded;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private DashboardScenario scenario;

    @BeforeAll
    static void browser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: `apt-get install -y chromium "
                + "chromium-driver` (done by .ci/run)");
        assertThat(CHROMEDRIVER).as("chromedriver next to chromium").isExecutable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1360,900", "--lang=zh-CN", "--hide-scrollbars");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void data() {
        scenario = new DashboardScenario(client(TestUsers.SYSTEM), commands);
        if (!loaded) {
            scenario.load();
            scenario.caughtUp();
            loaded = true;
        }
    }

    // ------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void provincial_staff_sees_the_query_figures_drills_down_to_a_district_and_charts_render() throws IOException {
        driver.get(base() + "/dashboard/");
        clearSession();
        waitFor(By.id("username"));
        screenshot("login");
        login(TestUsers.ZJ_STAFF);
        waitPage("overview");

        // headline figures = the query API's, each linked to the URL that produced it
        String perCapita = "/api/v1/statistics/per-capita?year=2025&region=330000";
        String coverage = "/api/v1/statistics/coverage?year=2025&region=330000";
        JsonNode pc = get(TestUsers.ZJ_STAFF, perCapita);
        JsonNode cov = get(TestUsers.ZJ_STAFF, coverage);
        JsonNode budget = get(TestUsers.ZJ_STAFF, "/api/v1/statistics/budgets?year=2025&region=330000&size=1");
        JsonNode leverage = get(TestUsers.ZJ_STAFF, "/api/v1/statistics/leverage?region=330000&year=2025");
        assertThat(pc.path("personTimes").asLong()).isEqualTo(DashboardScenario.PERSON_TIMES_BEFORE_T4);
        assertKpi("spend", perCapita, pc.path("spend").asText(), yuan(pc.path("spend").asText()));
        assertKpi("personTimes", perCapita, pc.path("personTimes").asText(), count(pc.path("personTimes").asLong()));
        assertKpi("distinctWorkers", perCapita, pc.path("distinctWorkers").asText(),
                count(pc.path("distinctWorkers").asLong()));
        assertKpi("perPersonTime", perCapita, pc.path("perPersonTime").asText(),
                yuan(pc.path("perPersonTime").asText()));
        assertKpi("coverageRate", coverage, cov.path("coverageRate").asText(), pct(cov.path("coverageRate").asText()));
        assertKpi("newFormShare", coverage, cov.path("newFormShare").asText(), pct(cov.path("newFormShare").asText()));
        assertKpi("nonPublicShare", coverage, cov.path("nonPublicShare").asText(),
                pct(cov.path("nonPublicShare").asText()));
        assertKpi("executionRate", "/api/v1/statistics/budgets?year=2025&region=330000&size=1",
                budget.at("/totals/executionRate").asText(), pct(budget.at("/totals/executionRate").asText()));
        assertKpi("leverage", "/api/v1/statistics/leverage?region=330000&year=2025",
                leverage.path("leverage").asText(), times(leverage.path("leverage").asText()));
        assertThat(cov.path("coverageRate").isNull()).as("the scenario registers eligible workers").isFalse();
        assertChart("chart-months");
        assertChart("chart-categories");
        screenshot("overview");

        // the number opens the query behind it
        kpiLink("personTimes").click();
        waitUntil(d -> d.findElement(By.id("inspector-body")).getText().contains("\"personTimes\""));
        assertThat(driver.findElement(By.id("inspector-url")).getText()).endsWith(perCapita);
        screenshot("inspector");
        driver.findElement(By.id("inspector-close")).click();

        // region table: drill 浙江 → 杭州 → 拱墅区
        click(By.cssSelector("#nav a[data-page=regions]"));
        waitPage("regions");
        click(By.cssSelector("[data-testid=drill-330100]"));
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("杭州市总工会"));
        JsonNode hangzhou = get(TestUsers.ZJ_STAFF,
                "/api/v1/statistics/breakdown?by=region&year=2025&region=330100&size=1000");
        JsonNode gongshu = item(hangzhou, "330105");
        assertThat(cellLink("regions", "330105", 1).getAttribute("data-raw"))
                .isEqualTo(gongshu.path("personTimes").asText());
        assertThat(cellLink("regions", "330105", 4).getText()).isEqualTo(yuan(gongshu.path("spend").asText()));
        assertThat(driver.findElement(By.cssSelector("[data-testid=crumbs]")).getText()).contains("浙江省总工会");
        assertChart("chart-regions");
        screenshot("regions");
        click(By.cssSelector("[data-testid=drill-330105]"));
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("拱墅区总工会"));
        click(By.cssSelector("#nav a[data-page=overview]"));
        waitPage("overview");
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("拱墅区总工会"));
        String district = "/api/v1/statistics/per-capita?year=2025&region=330105";
        JsonNode gs = get(TestUsers.ZJ_STAFF, district);
        assertKpi("personTimes", district, gs.path("personTimes").asText(), count(gs.path("personTimes").asLong()));
        assertKpi("spend", district, gs.path("spend").asText(), yuan(gs.path("spend").asText()));

        // coverage ranking by county: 鄞州 3/30, 西湖 2/40, 拱墅 3/120
        go("#/coverage?year=2025&region=330000&level=2", "coverage");
        List<String> ranked = driver.findElements(By.cssSelector("[data-table=coverage] tbody tr")).stream()
                .map(r -> r.getAttribute("data-key")).toList();
        assertThat(ranked).containsExactly("330212", "330106", "330105");
        assertChart("chart-coverage");
        screenshot("coverage");

        // budget vs spend by fund line and programme
        go("#/budget?year=2025&region=330000", "budget");
        assertChart("chart-lines");
        assertChart("chart-programmes");
        assertThat(driver.findElements(By.cssSelector("[data-programme]")).stream()
                .map(r -> r.getAttribute("data-programme")).toList())
                .containsExactlyInAnyOrder("GS-2025-LIAOXIU", "XH-2025", "YZ-2025");
        // earmark compliance: the figures of the earmark API, the province's total first, then its own lines and
        // each city rolled up
        JsonNode earmarks = get(TestUsers.ZJ_STAFF, "/api/v1/statistics/earmarks?year=2025&region=330000");
        assertKpi("earmarkCompliance", "/api/v1/statistics/earmarks?year=2025&region=330000",
                earmarks.at("/totals/compliance").asText(), pct(earmarks.at("/totals/compliance").asText()));
        assertKpi("earmarkUtilisation", "/api/v1/statistics/earmarks?year=2025&region=330000",
                earmarks.at("/totals/utilisation").asText(), pct(earmarks.at("/totals/utilisation").asText()));
        List<WebElement> earmarkRegions = driver.findElements(By.cssSelector("[data-table=earmarkRegions] tbody tr"));
        assertThat(earmarkRegions.get(0).getText()).startsWith("合计（浙江省总工会）");
        assertThat(earmarkRegions.stream().skip(1).map(r -> r.getAttribute("data-region")).toList())
                .startsWith("330000").contains("330100");
        screenshot("budget");

        // matching compliance: Hangzhou short at the deadline, highlighted; Ningbo met
        go("#/matching?year=2025&region=330000", "matching");
        WebElement shortRow = driver.findElement(By.cssSelector("tr[data-allocation=A-ZJ-HZ-M]"));
        assertThat(shortRow.getAttribute("data-status")).isEqualTo("SHORTFALL");
        assertThat(shortRow.getAttribute("class")).contains("shortfall");
        assertThat(driver.findElement(By.cssSelector("tr[data-allocation=A-ZJ-NB-M]")).getAttribute("data-status"))
                .isEqualTo("MET");
        assertChart("chart-matching");
        // region matching: the province's total (合计) first, then each city with its subtree
        JsonNode hzMatching = get(TestUsers.ZJ_STAFF, "/api/v1/statistics/matching?year=2025&region=330100");
        List<WebElement> regionRows = driver.findElements(By.cssSelector("[data-table=regionMatching] tbody tr"));
        assertThat(regionRows.get(0).getText()).startsWith("合计（浙江省总工会）");
        WebElement hzRow = driver.findElement(By.cssSelector("[data-table=regionMatching] tr[data-region='330100']"));
        assertThat(hzRow.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome"))
                .isEqualTo("SHORTFALL");
        assertThat(hzRow.getText()).contains(yuan(hzMatching.at("/required").asText()))
                .contains(yuan(hzMatching.at("/committedByDeadline").asText()));
        screenshot("matching");

        // browse: the province's trips of the year, by name, with the list's 合计 row
        go("#/browse?list=trips&year=2025&region=330000", "browse");
        waitUntil(d -> !d.findElements(By.cssSelector("[data-table=list] tr[data-key]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-table=list]")).getText()).contains("拱墅区总工会");
        screenshot("browse");

        // English
        go("#/overview?year=2025&region=330000", "overview");
        click(By.id("lang"));
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("overview"));
        assertThat(kpiLink("spend").getText()).isEqualTo(yuan(pc.path("spend").asText()));
        screenshot("overview-en");
        click(By.id("lang"));
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("概览"));

        assertNoSevereConsoleErrors(List.of());
    }

    @Test
    @Order(2)
    void a_settlement_posted_meanwhile_appears_within_seconds_without_reload() throws IOException {
        login(TestUsers.ZJ_STAFF);
        go("#/overview?year=2025&region=330000", "overview");
        waitUntil(d -> "sse".equals(d.findElement(By.id("live")).getAttribute("data-mode")));
        js("window.__sameDocument = 'still here';");
        long before = Long.parseLong(kpiRaw("personTimes"));
        assertThat(before).isEqualTo(DashboardScenario.PERSON_TIMES_BEFORE_T4);

        long posted = System.nanoTime();
        scenario.settleT4();
        long expected = before + DashboardScenario.T4_ATTENDEES;
        new WebDriverWait(driver, Patience.HANG_GUARD)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> String.valueOf(expected).equals(kpiLink("personTimes").getAttribute("data-raw")));
        long millis = (System.nanoTime() - posted) / 1_000_000;
        System.out.printf("DASHBOARD LIVE: settlement visible after %d ms without reload%n", millis);
        assertThat(js("return window.__sameDocument;")).as("no reload").isEqualTo("still here");
        JsonNode pc = get(TestUsers.ZJ_STAFF, "/api/v1/statistics/per-capita?year=2025&region=330000");
        assertThat(pc.path("personTimes").asLong()).isEqualTo(expected);
        assertThat(kpiLink("spend").getText()).isEqualTo(yuan(pc.path("spend").asText()));
        screenshot("live");
        assertNoSevereConsoleErrors(List.of());
    }

    @Test
    @Order(3)
    void a_county_clerk_sees_their_county_and_is_refused_another() throws IOException {
        login(TestUsers.GS_CLERK);
        waitPage("overview");
        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=title]")).getText().contains("拱墅区总工会"));
        String own = "/api/v1/statistics/per-capita?year=2025&region=330105";
        JsonNode pc = get(TestUsers.GS_CLERK, own);
        assertKpi("personTimes", own, pc.path("personTimes").asText(), count(pc.path("personTimes").asLong()));
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=processors]"))).isEmpty();

        driver.get(base() + "/dashboard/#/overview?year=2025&region=330106");
        WebElement refusal = waitFor(By.cssSelector("[data-testid=refusal]"));
        assertThat(refusal.getAttribute("data-status")).isEqualTo("403");
        assertThat(refusal.getText()).contains("403").contains("330106");
        screenshot("refusal");

        assertThat(status(TestUsers.GS_CLERK, "/api/v1/statistics/per-capita?year=2025&region=330106"))
                .isEqualTo(403);
        assertThat(status(TestUsers.GS_CLERK, "/api/v1/bodies/330106")).isEqualTo(403);
        assertThat(status(TestUsers.GS_CLERK, "/dashboard/api/programmes?region=330106&year=2025")).isEqualTo(403);
        assertThat(status(TestUsers.GS_CLERK, "/dashboard/api/bodies?region=330100")).isEqualTo(403);
        assertNoSevereConsoleErrors(List.of("403"));
    }

    @Test
    @Order(4)
    void the_auditor_sees_the_event_log_with_a_clean_verification() throws IOException {
        login(TestUsers.AUDITOR);
        go("#/audit", "audit");
        // the log re-renders when live updates arrive: a stale element is looked up again
        WebElement verify = new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement v = d.findElement(By.cssSelector("#verify .verify"));
            return "ok".equals(v.getAttribute("data-status")) || "failed".equals(v.getAttribute("data-status"))
                    ? v : null;
        });
        assertThat(verify.getAttribute("data-status")).as(verify.getText()).isEqualTo("ok");
        List<WebElement> rows = driver.findElements(By.cssSelector("[data-table=events] tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-table=events]")).getText()).contains("TripSettled")
                .doesNotContain("TripSettledEvent");
        screenshot("audit");
        assertNoSevereConsoleErrors(List.of());
    }

    @Test
    @Order(5)
    void exports_and_dashboard_endpoints_keep_to_the_api_and_its_scope() throws IOException {
        RestClient staff = client(TestUsers.ZJ_STAFF);
        String csv = staff.get().uri("/api/v1/statistics/breakdown?by=region&year=2025&region=330100&size=1000")
                .accept(MediaType.valueOf("text/csv")).retrieve().body(String.class);
        ResponseEntity<byte[]> xlsx = staff.post().uri("/dashboard/api/xlsx?name=regions-330100-2025")
                .contentType(MediaType.valueOf("text/csv")).body(csv.getBytes(StandardCharsets.UTF_8)).retrieve()
                .toEntity(byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("regions-330100-2025.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            String[] lines = csv.split("\r\n");
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(lines.length);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(String.join(",", header)).isEqualTo(lines[0]);
            Row gongshu = null;
            for (Row row : sheet) {
                if ("330105".equals(row.getCell(0).getStringCellValue())) {
                    gongshu = row;
                }
            }
            assertThat(gongshu).as("row of 330105 (key kept as text)").isNotNull();
            int spend = header.indexOf("spend");
            assertThat(gongshu.getCell(spend).getCellType()).isEqualTo(CellType.NUMERIC);
            JsonNode item = item(get(TestUsers.ZJ_STAFF,
                    "/api/v1/statistics/breakdown?by=region&year=2025&region=330100&size=1000"), "330105");
            assertThat(BigDecimal.valueOf(gongshu.getCell(spend).getNumericCellValue()).setScale(2,
                    RoundingMode.HALF_UP)).isEqualByComparingTo(item.path("spend").asText());
        }

        RestClient anonymous = RestClient.builder().baseUrl(base())
                .defaultStatusHandler(s -> true, (request, response) -> { }).build();
        ResponseEntity<String> page = anonymous.get().uri("/dashboard/").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("/webjars/echarts/5.5.0/echarts.min.js");
        assertThat(anonymous.get().uri("/webjars/echarts/5.5.0/echarts.min.js").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> script = anonymous.get().uri("/dashboard/api/me")
                .header("X-Requested-With", "XMLHttpRequest").retrieve().toEntity(String.class);
        assertThat(script.getStatusCode().value()).isEqualTo(401);
        assertThat(script.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).as("no browser prompt").isFalse();
        ResponseEntity<String> plain = anonymous.get().uri("/dashboard/api/me").retrieve().toEntity(String.class);
        assertThat(plain.getStatusCode().value()).isEqualTo(401);
        assertThat(plain.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.post().uri("/dashboard/api/xlsx").contentType(MediaType.valueOf("text/csv"))
                .body("a,b\n").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);

        JsonNode me = get(TestUsers.GS_CLERK, "/dashboard/api/me");
        assertThat(me.path("role").asText()).isEqualTo("CLERK");
        assertThat(me.at("/homes/0/bodyId").asText()).isEqualTo("330105");
        assertThat(me.path("years").toString()).contains("2025");
        JsonNode auditor = get(TestUsers.AUDITOR, "/dashboard/api/me");
        assertThat(auditor.at("/homes/0/bodyId").asText()).isEqualTo("330000");
        assertThat(auditor.path("mayVerify").asBoolean()).isTrue();
    }

    // ------------------------------------------------------------------ browser helpers

    private String base() {
        return "http://localhost:" + port;
    }

    private void clearSession() {
        js("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
    }

    private void login(String user) {
        driver.get(base() + "/dashboard/");
        if (!driver.findElements(By.cssSelector("#logout:not([hidden])")).isEmpty()
                || js("return sessionStorage.length;") instanceof Long n && n > 0) {
            clearSession();
        }
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitUntil(d -> d.findElement(By.id("logout")).isDisplayed());
    }

    /** Navigates inside the page (hash change, no reload) and waits until the page has rendered. */
    private void go(String hash, String page) {
        String before = rendered();
        js("if (location.hash === arguments[0]) { window.ledgerDashboard.refresh(); } "
                + "else { location.hash = arguments[0]; }", hash);
        waitUntil(d -> !before.equals(rendered()) && page.equals(d.findElement(By.id("view"))
                .getAttribute("data-page")));
    }

    private void click(By by) {
        String before = rendered();
        waitFor(by).click();
        waitUntil(d -> !before.equals(rendered()));
    }

    private String rendered() {
        String value = driver.findElement(By.id("view")).getAttribute("data-rendered");
        return value == null ? "" : value;
    }

    private void waitPage(String page) {
        waitUntil(d -> page.equals(d.findElement(By.id("view")).getAttribute("data-page"))
                && !d.findElements(By.cssSelector("#view [data-testid=title]")).isEmpty());
    }

    /** The raw value of a headline figure, read again if a live refresh re-renders it mid-read. */
    private String kpiRaw(String kpi) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> kpiLink(kpi).getAttribute("data-raw"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement kpiLink(String kpi) {
        return waitFor(By.cssSelector("[data-kpi=" + kpi + "] .value a.q"));
    }

    private WebElement cellLink(String table, String key, int column) {
        return driver.findElement(By.cssSelector("[data-table=" + table + "] tr[data-key='" + key + "'] td:nth-child("
                + (column + 1) + ") a.q"));
    }

    private void assertKpi(String kpi, String apiUrl, String raw, String text) {
        WebElement link = kpiLink(kpi);
        assertThat(link.getAttribute("data-api")).as(kpi + " query").isEqualTo(apiUrl);
        assertThat(link.getAttribute("data-raw")).as(kpi + " value").isEqualTo(raw);
        assertThat(link.getText()).as(kpi + " shown").isEqualTo(text);
    }

    private void assertChart(String id) {
        WebElement canvas = waitFor(By.cssSelector("#" + id + " canvas"));
        assertThat(canvas.getSize().getWidth()).as(id).isGreaterThan(100);
        assertThat(canvas.getSize().getHeight()).as(id).isGreaterThan(100);
    }

    private void assertNoSevereConsoleErrors(List<String> allowed) {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && allowed.stream().noneMatch(a -> entry.getMessage().contains(a))) {
                severe.add(entry.getMessage());
            }
        }
        assertThat(severe).as("SEVERE browser console entries").isEmpty();
    }

    private void screenshot(String name) throws IOException {
        // target/screenshots; -Dledger.screenshots.dir=docs/screenshots refreshes the docs' images on purpose
        Path dir = Path.of(System.getProperty("basedir", "."))
                .resolve(System.getProperty("ledger.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve("dashboard-" + name + ".png"), png);
    }

    // ------------------------------------------------------------------ API helpers

    private RestClient client(String user) {
        return RestClient.builder().baseUrl(base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.basic(user))
                .defaultStatusHandler(s -> true, (request, response) -> { }).build();
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<String> reply = client(user).get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve()
                .toEntity(String.class);
        assertThat(reply.getStatusCode().value()).as(path + " " + reply.getBody()).isEqualTo(200);
        return DashboardScenario.read(reply.getBody());
    }

    private int status(String user, String path) {
        return client(user).get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    private static JsonNode item(JsonNode breakdown, String key) {
        for (JsonNode item : breakdown.path("items")) {
            if (key.equals(item.path("key").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item " + key + " in " + breakdown);
    }

    // ------------------------------------------------------------------ the dashboard's formats

    static String yuan(String amount) {
        boolean negative = amount.startsWith("-");
        String[] parts = amount.replace("-", "").split("\\.");
        return (negative ? "-" : "") + "¥" + group(parts[0]) + (parts.length > 1 ? "." + parts[1] : "");
    }

    static String count(long n) {
        return group(Long.toString(n));
    }

    static String pct(String rate) {
        return new BigDecimal(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String times(String ratio) {
        return new BigDecimal(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            out.insert(i, ',');
        }
        return out.toString();
    }
}
