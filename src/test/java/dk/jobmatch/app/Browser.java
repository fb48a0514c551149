package dk.jobmatch.app;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium at a phone's size (375 x 812 CSS pixels), driven through the system's
 * chromedriver, so no driver or browser is downloaded. {@code ./jobmatch test} installs both.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        Path chromium = executable("CHROME_BIN", "/usr/bin/chromium");
        Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=da-DK",
                        "--disable-gpu", "--no-first-run")
                .setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "mobile", true, "touch", true)))
                .setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false, "intl.accept_languages", "da-DK,da"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    private static Path executable(String variable, String fallback) {
        Path path = Path.of(System.getenv().getOrDefault(variable, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the browser tests need Debian's chromium and"
                    + " chromium-driver packages (./jobmatch test installs them), or set " + variable + ".");
        }
        return path;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Logs in as the seeded consultant and waits for the search page the app opens with. */
    void logInAsConsultant() {
        logInAs("consultant", "consultant");
    }

    /** Logs in with this login and waits for the search page the app opens with. */
    void logInAs(String username, String password) {
        open("/app/#/login");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(password);
        find(By.cssSelector("button[type=submit]")).click();
        waitForText(By.cssSelector("main h1"), "Find behov og borgere");
    }

    /** Logs in with any account (an employer's, say) and waits for the search page the app opens with. */
    void logIn(String username, String password) {
        open("/app/#/login");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(password);
        find(By.cssSelector("button[type=submit]")).click();
        waitForText(By.cssSelector("main h1"), "Find behov og borgere");
    }

    /** Waits until the element is visible: the app renders after its API calls answer. */
    WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Up to 15 s for what the app draws after its API calls answer, looking every 100 ms: Selenium's
     * default of every 500 ms made each step wait out half a second the page had long been ready in.
     */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
    }

    /** Taps an element as a person would: scrolled to the middle of the screen, clear of the menu bar. */
    void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void tap(By by) {
        tap(find(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void waitForText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrl(String fragment) {
        waiting().until(ExpectedConditions.urlContains(fragment));
    }

    String heading() {
        return find(By.cssSelector("main h1")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
