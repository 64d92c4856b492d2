package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * A Gongshu clerk in headless Chromium: reads the district's person-times on the dashboard, uploads the shipped
 * sample workbook on the import page, sees the dry run with exactly the two refused rows explained, confirms, and
 * the dashboard's person-times rise by the sample's attended workers.
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.test.context=imports")
class ImportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    @BeforeAll
    static void browser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("import-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1360,900", "--lang=zh-CN");
        driver = new ChromeDriver(options);
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void a_clerk_dry_runs_the_sample_sees_two_refusals_imports_and_the_dashboard_counts_them() throws Exception {
        RestClient http = RestClient.builder().baseUrl(base()).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        ImportWorld.load(port, http, commands);

        driver.get(base() + "/dashboard/");
        WebElement name = waitFor(By.id("username"));
        name.sendKeys(TestUsers.GS_CLERK);
        driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("logout"));
        driver.get(base() + "/dashboard/#/overview?year=2025&region=330105");
        long before = personTimes();

        waitFor(By.cssSelector("[data-testid=import-link]")).click();
        waitFor(By.cssSelector("[data-testid=import-file]")).sendKeys(
                ImportSampleFilesTest.SAMPLE.toAbsolutePath().toString());
        waitFor(By.cssSelector("[data-testid=import-check]")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=import-table] tbody tr")).isEmpty());
        List<WebElement> refused = driver.findElements(By.cssSelector("tr[data-status=REFUSED]"));
        assertThat(refused).hasSize(ImportSample.REFUSED);
        assertThat(refused.get(0).getText()).contains("IMP-GS-0603", "每人每天价格超过出发日执行的标准");
        assertThat(refused.get(1).getText()).contains("IMP-GS-0604", "校验码");
        assertThat(driver.findElements(By.cssSelector("tr[data-status=WOULD_WRITE]"))).hasSize(ImportSample.WRITTEN_ROWS);
        assertThat(driver.findElement(By.cssSelector("[data-testid=import-table]")).getText()).contains("**");

        waitFor(By.cssSelector("[data-testid=import-commit]")).click();
        waitUntil(d -> d.findElements(By.cssSelector("tr[data-status=WRITTEN]")).size() == ImportSample.WRITTEN_ROWS);

        waitFor(By.cssSelector("[data-testid=back-to-dashboard]")).click();
        driver.get(base() + "/dashboard/#/overview?year=2025&region=330105");
        new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(d -> {
            d.navigate().refresh();
            return personTimes() == before + ImportSample.PERSON_TIMES;
        });
    }

    private long personTimes() {
        return new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(d -> {
            String raw = d.findElement(By.cssSelector("[data-testid=kpi-personTimes] a")).getAttribute("data-raw");
            return raw == null || raw.isEmpty() ? null : Long.parseLong(raw);
        });
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(condition::apply);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
