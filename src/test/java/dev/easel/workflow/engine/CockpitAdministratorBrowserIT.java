package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.Browser;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.batch.ClvBatchRunProcess;
import dev.easel.workflow.recalculation.ClvRecalculationProcess;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator with the ADMIN role logs into Camunda Cockpit in a real (headless) Chromium and sees Easel's process
 * definitions. Uses the shared browser fixture ({@link Browser}); skipped where
 * Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
@PostgresIntegrationTest
class CockpitAdministratorBrowserIT {

    @RegisterExtension
    final Browser chromium = new Browser();

    @Test
    void anAdministratorLogsIntoCockpitAndSeesTheProcessDefinitions() {
        String cockpit = chromium.signInToCamunda("cockpit", "admin", Browser.DEMO_PASSWORD);
        WebDriver browser = chromium.driver();
        WebDriverWait waiting = chromium.waiting();

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
