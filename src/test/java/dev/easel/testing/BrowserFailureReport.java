package dev.easel.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** When a browser test fails, keeps what the browser showed: a screenshot and the page source, named by the test. */
public final class BrowserFailureReport implements AfterTestExecutionCallback {

    private final Supplier<WebDriver> browser;
    private final Path folder;

    public BrowserFailureReport(Supplier<WebDriver> browser, Path folder) {
        this.browser = browser;
        this.folder = folder;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        WebDriver driver = browser.get();
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Files.createDirectories(folder);
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    folder.resolve(name + ".html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException browserGone) {
            Files.writeString(folder.resolve(name + ".txt"), "No screenshot: " + browserGone, StandardCharsets.UTF_8);
        }
    }
}
