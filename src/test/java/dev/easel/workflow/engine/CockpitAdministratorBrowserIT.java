package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.BrowserFailureReport;
import dev.easel.testing.HeadlessChromium;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.batch.ClvBatchRunProcess;
import dev.easel.workflow.recalculation.ClvRecalculationProcess;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator with the ADMIN role logs into Camunda Cockpit in a real (headless) Chromium and sees Easel's process
 * definitions. Uses the shared browser set-up ({@link HeadlessChromium}); skipped where
 * Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
@PostgresIntegrationTest
class CockpitAdministratorBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final BrowserFailureReport failures =
            new BrowserFailureReport(() -> this.browser, Path.of("target", "browser-tests"));

    @LocalServerPort
    int port;

    HeadlessChromium.Session chromium;
    WebDriver browser;
    WebDriverWait waiting;

    @BeforeEach
    void browser() throws IOException {
        chromium = HeadlessChromium.open("cockpit");
        browser = chromium.browser();
        waiting = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAdministratorLogsIntoCockpitAndSeesTheProcessDefinitions() {
        String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
        browser.get(cockpit);
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                .click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));

        browser.get(cockpit + "#/processes");
        List<String> keys = List.of(ClvRecalculationProcess.KEY, ClvBatchRunProcess.KEY, ClvSpikeReviewProcess.KEY);
        for (String key : keys) {
            waiting.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//a[contains(@href, '#/process-definition/" + key + ":')]")));
        }
        List<WebElement> definitions = browser.findElements(By.xpath("//a[contains(@href, '#/process-definition/')]"));
        assertThat(definitions).extracting(WebElement::getText).isNotEmpty();
    }
}
