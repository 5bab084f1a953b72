package io.credlink.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, for the web explorer tests. Looks for the
 * binaries in {@code CHROME_BIN} / {@code CHROMEDRIVER} or on the PATH ({@code chromium},
 * {@code chromium-browser}, {@code google-chrome}; {@code chromedriver}). When they are absent the
 * test is skipped with a message, unless the environment variable {@code CI} is set: then it fails.
 */
public final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    final WebDriverWait wait;
    final Path downloads;
    final String base;

    private Browser(WebDriver driver, Path downloads, String base) {
        this.driver = driver;
        this.downloads = downloads;
        this.base = base;
        this.wait = new WebDriverWait(driver, WAIT);
        // a view redraws while it loads (the party page after each of its requests): an element
        // found a moment ago may be gone, and the condition is simply tried again
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser on http://localhost:port, or a skipped test when there is none (a failure in CI). */
    public static Browser open(int port) throws IOException {
        return open(port, 1360, 900);
    }

    /** The same with a window of the given size (screenshots). */
    public static Browser open(int port, int width, int height) throws IOException {
        Optional<Path> chrome = binary("CHROME_BIN", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        Optional<Path> chromedriver = binary("CHROMEDRIVER", "chromedriver");
        boolean present = chrome.isPresent() && chromedriver.isPresent();
        String missing = "browser tests need chromium and chromedriver (Debian: apt-get install chromium chromium-driver); found chromium="
                + chrome.map(Path::toString).orElse("none") + ", chromedriver=" + chromedriver.map(Path::toString).orElse("none");
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException(missing + " — CI is set, so this is a failure, not a skip");
        }
        assumeTrue(present, missing);

        Path downloads = Files.createTempDirectory("credlink-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-GB", "--no-first-run", "--disable-extensions",
                "--password-store=basic", "--disable-search-engine-choice-screen");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        prefs.put("intl.accept_languages", "en-GB,en");
        options.setExperimentalOption("prefs", prefs);
        // On Linux Chromium takes its UI locale (navigator.language, the order of a date field's
        // day, month and year) from the LANGUAGE / LC_ALL / LANG of its process, not from --lang:
        // chromedriver passes its environment on to the browser it starts. Chromium also needs the
        // locale's pack (Debian's chromium-l10n, installed by .ci/run), else it falls back to en-US.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "en_GB:en", "LC_ALL", "en_GB.UTF-8", "LANG", "en_GB.UTF-8"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, downloads, "http://localhost:" + port);
    }

    private static Optional<Path> binary(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<String> dirs = Arrays.asList(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator));
        for (String name : names) {
            for (String dir : dirs) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    void go(String hash) {
        driver.get(base + "/" + hash);
    }

    void signIn(String name, String password) {
        go("#/login");
        WebElement user = visible(By.id("login-name"));
        user.clear();
        user.sendKeys(name);
        WebElement pass = driver.findElement(By.id("login-password"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who-name"), name));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    void type(By by, String text) {
        WebElement e = visible(by);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date input (typing into one depends on the locale's field order). */
    void setDate(By by, String isoDate) {
        WebElement e = visible(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, isoDate);
    }

    void select(By by, String value) {
        new Select(visible(by)).selectByValue(value);
    }

    /** Waits until a graph container has drawn its elements. */
    WebElement graphReady() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cy[data-ready='true'] canvas")));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Presses keys on the focused element, as a person would (Keys.TAB, Keys.ENTER, text). */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Whether the focused element matches the selector. */
    boolean focusedIs(String css) {
        return Boolean.TRUE.equals(script("return document.activeElement !== null && document.activeElement.matches(arguments[0])", css));
    }

    /** Presses Tab until the element matching css has the focus (at most 40 times). */
    void tabTo(String css) {
        for (int i = 0; i < 40 && !focusedIs(css); i++) {
            keys(Keys.TAB);
        }
        if (!focusedIs(css)) {
            throw new AssertionError("Tab never reached " + css + " (focus on " + script("return document.activeElement.outerHTML.slice(0, 80)") + ")");
        }
    }

    /** Shift+Tab back to a menu entry (at most 80 times) and Enter: the view opens. */
    void menu(String view) {
        String css = "#nav a[data-nav='" + view + "']";
        for (int i = 0; i < 80 && !focusedIs(css); i++) {
            shiftTab();
        }
        if (!focusedIs(css)) {
            throw new AssertionError("Shift+Tab never reached " + css);
        }
        keys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("#/" + view));
    }

    /** Resizes the window (screenshots are taken at a fixed size). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(downloads);
    }
}
