package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * Headless Chromium for the dashboard's page tests: a throw-away profile, downloads into a folder under
 * {@code target/}, screenshots under {@code target/screenshots/} (never into tracked files), sign-in, waits on
 * conditions (the wait is only a hang guard).
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);
    /** A hang guard only: a PDF of a large report takes a while on a busy shared machine. */
    static final Duration DOWNLOAD_WAIT = Duration.ofSeconds(120);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    private BrowserSession(String base, int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: `apt-get install -y chromium "
                + "chromium-driver` (done by .ci/run)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        this.base = base;
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile");
        downloads = Files.createTempDirectory(target, "downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false,
                "profile.default_content_setting_values.automatic_downloads", 1));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toAbsolutePath().toString()));
    }

    static BrowserSession open(int port) throws IOException {
        return new BrowserSession("http://localhost:" + port, 1360, 900);
    }

    /** A 390 × 844 phone screen (headless windows are at least 500 wide: the device metrics are emulated). */
    static BrowserSession phone(int port) throws IOException {
        BrowserSession session = new BrowserSession("http://localhost:" + port, 500, 844);
        session.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        return session;
    }

    String base() {
        return base;
    }

    void login(String user) {
        driver.get(base + "/dashboard/");
        js("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitUntil(d -> d.findElement(By.id("logout")).isDisplayed());
    }

    /** Navigates inside the page (hash change) and waits until that page has rendered. */
    void go(String hash, String page) {
        String before = rendered();
        js("if (location.hash === arguments[0]) { window.ledgerDashboard.refresh(); } "
                + "else { location.hash = arguments[0]; }", hash);
        waitUntil(d -> !before.equals(rendered()) && page.equals(d.findElement(By.id("view"))
                .getAttribute("data-page")) && !d.findElements(By.cssSelector("#view [data-testid=title]")).isEmpty());
    }

    String rendered() {
        String value = driver.findElement(By.id("view")).getAttribute("data-rendered");
        return value == null ? "" : value;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The text of the first displayed match, read again if the page re-renders between finding and reading it. */
    String textOf(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0).getText();
        });
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return condition.apply(d);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until a finished download whose name ends with {@code suffix} is in the download folder. */
    Path downloaded(String suffix) {
        Path[] found = new Path[1];
        new WebDriverWait(driver, DOWNLOAD_WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                found[0] = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null && Files.size(found[0]) > 0;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("dashboard-" + name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(
                OutputType.BYTES));
    }

    void assertNoSevereConsoleErrors(List<String> allowed) {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && allowed.stream().noneMatch(a -> entry.getMessage().contains(a))) {
                severe.add(entry.getMessage());
            }
        }
        assertThat(severe).as("SEVERE browser console entries").isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path dir : List.of(profile, downloads)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
