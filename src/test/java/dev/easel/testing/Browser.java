package dev.easel.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser tests' fixture: one headless Chromium for the whole test run (started by the first browser test, quit
 * when the run ends), handed to each test as a fresh visitor (no cookies, no stored data, no downloads folder, the
 * window at its size, a blank page), pointed at the test's own server. When a test fails it keeps what the browser
 * showed under {@code target/browser-tests/}: a screenshot and the page source, named by the test. Skips the test where
 * Debian's {@code chromium} and {@code chromium-driver} are not installed.
 *
 * <pre>
 * &#64;RegisterExtension
 * final Browser browser = new Browser();
 * </pre>
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback {

    public static final Path REPORTS = Path.of("target", "browser-tests");
    public static final String DEMO_PASSWORD = "demo";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Dimension WINDOW = new Dimension(1400, 1000);
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Browser.class);

    private final Duration patience;
    private final Dimension window;
    private WebDriver driver;
    private WebDriverWait waiting;
    private String origin;
    private Path profile;
    private Path downloads;

    /** Waits up to 30 s for what it looks for, in a window of 1400 × 1000. */
    public Browser() {
        this(PATIENCE, WINDOW);
    }

    public Browser(Duration patience, Dimension window) {
        this.patience = patience;
        this.window = window;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        HeadlessChromium.assumeInstalled();
        Shared shared = context.getRoot()
                .getStore(SHARED)
                .getOrComputeIfAbsent(Shared.class, key -> new Shared(), Shared.class);
        origin = "http://localhost:"
                + SpringExtension.getApplicationContext(context)
                        .getEnvironment()
                        .getRequiredProperty("local.server.port");
        driver = shared.freshVisitorOf(origin, window);
        profile = shared.session.profile();
        downloads = null;
        waiting = new WebDriverWait(driver, patience);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Files.createDirectories(REPORTS);
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            Files.write(REPORTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    REPORTS.resolve(name + ".html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException browserGone) {
            Files.writeString(REPORTS.resolve(name + ".txt"), "No screenshot: " + browserGone, StandardCharsets.UTF_8);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits with this fixture's patience. */
    public WebDriverWait waiting() {
        return waiting;
    }

    /** The address of a path on the test's server. */
    public String url(String path) {
        return origin + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** Signs a demo user into the console through its sign-in form and waits until a console page shows. */
    public void signIn(String user) {
        open("/");
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        waiting.until(ExpectedConditions.urlContains("/console/"));
    }

    /** Signs into one of Camunda's webapps ({@code cockpit}, {@code tasklist}) and returns its address. */
    public String signInToCamunda(String app, String user, String password) {
        String address = url("/camunda/app/" + app + "/default/");
        driver.get(address);
        visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                .click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        return address;
    }

    public WebElement visible(By locator) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolled to the middle of the window first, so that no fixed header or footer covers it. */
    public WebElement clickable(By locator) {
        WebElement element = waiting.until(ExpectedConditions.presenceOfElementLocated(locator));
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        return waiting.until(ExpectedConditions.elementToBeClickable(element));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** A folder of this test's own that downloads now go to. */
    public Path downloads() throws IOException {
        if (downloads == null) {
            downloads = Files.createTempDirectory(profile, "downloads-");
            ((HasCdp) driver)
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of(
                                    "behavior",
                                    "allow",
                                    "downloadPath",
                                    downloads.toAbsolutePath().toString()));
        }
        return downloads;
    }

    /** The run's one Chromium; quit when the run ends (JUnit closes what the root store holds). */
    private static final class Shared implements AutoCloseable {

        private HeadlessChromium.Session session;

        WebDriver freshVisitorOf(String origin, Dimension window) {
            if (session == null || !alive(session.browser())) {
                quit();
                try {
                    session = HeadlessChromium.open("browser-tests");
                } catch (IOException e) {
                    throw new IllegalStateException("No profile folder for Chromium", e);
                }
            }
            WebDriver driver = session.browser();
            HasCdp cdp = (HasCdp) driver;
            driver.get("about:blank");
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            cdp.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            cdp.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            driver.manage().window().setSize(window);
            return driver;
        }

        private static boolean alive(WebDriver driver) {
            try {
                driver.getWindowHandle();
                return true;
            } catch (WebDriverException gone) {
                return false;
            }
        }

        private void quit() {
            if (session != null) {
                try {
                    session.close();
                } catch (IOException | WebDriverException ignored) {
                    // A browser that died took its profile with it or left a folder the next run replaces.
                }
                session = null;
            }
        }

        @Override
        public void close() {
            quit();
        }
    }
}
