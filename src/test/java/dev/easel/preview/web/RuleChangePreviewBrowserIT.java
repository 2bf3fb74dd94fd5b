package dev.easel.preview.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvInsights;
import dev.easel.preview.PromotionDesk;
import dev.easel.rules.RuleEngine;
import dev.easel.testing.Browser;
import dev.easel.testing.ConsoleTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst changes a threshold in the console, which keeps it as a candidate beside the rules in service, reads its
 * impact on every customer, and cannot promote it; an administrator then promotes it. Afterwards the version that
 * served before is rolled back to, so the other console tests see the rules they expect.
 */
@ConsoleTest
class RuleChangePreviewBrowserIT {

    @RegisterExtension
    final Browser chromium = new Browser(Duration.ofSeconds(30), new Dimension(1280, 900));

    @Autowired
    ClvInsights insights;

    @Autowired
    RuleEngine engine;

    @Autowired
    PromotionDesk desk;

    WebDriver browser;
    WebDriverWait waiting;
    String original;

    @BeforeEach
    void demoScored() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (insights.latestRun().map(run -> run.finishedAt() == null).orElse(true)
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        original = engine.baseVersion();
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @AfterEach
    void rulesAsBefore() {
        if (!engine.rulesetVersion().equals(original)) {
            desk.promote(original, 100, null, "it-operator", "ADMIN");
        }
    }

    @Test
    void anAnalystChangesAThresholdReadsItsImpactAndAnAdministratorPromotesIt() {
        chromium.signIn("analyst");
        browser.get(chromium.url("/console/rules/candidates"));
        new Select(chromium.visible(By.id("edit-file"))).selectByValue("clv/seasonal-promotions.drl");
        browser.findElement(By.id("edit-open")).click();
        WebElement text = chromium.visible(By.id("candidate-text"));
        assertThat(text.getAttribute("value")).contains("deepPromotionPercent : int = 30");
        chromium.script(
                "arguments[0].value = arguments[0].value.replace('deepPromotionPercent : int = 30',"
                        + " 'deepPromotionPercent : int = 20');",
                text);
        browser.findElement(By.id("candidate-note")).sendKeys("Promotions from 20 % count as deep");
        chromium.clickable(By.id("candidate-save")).click();

        waiting.until(ExpectedConditions.urlContains("/console/rules/candidates/"));
        String candidate = chromium.visible(By.id("candidate-version")).getText();
        assertThat(browser.findElement(By.id("candidate-standing")).getText()).isEqualTo("CANDIDATE");
        assertThat(browser.findElement(By.id("candidate-author")).getText()).isEqualTo("analyst");
        assertThat(browser.findElements(By.id("promote")))
                .as("an analyst is offered no promotion")
                .isEmpty();
        assertThat(engine.rulesetVersion()).as("a candidate does not serve").isEqualTo(original);

        chromium.clickable(By.id("evaluate")).click();
        WebElement changed = new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-changed")));
        assertThat(Long.parseLong(browser.findElement(By.id("impact-customers")).getText()))
                .isGreaterThanOrEqualTo(300);
        assertThat(Long.parseLong(changed.getText())).isPositive();
        assertThat(browser.findElement(By.id("impact-rules")).getText())
                .contains("A deeply discounted order inside its promotion window");
        assertThat(browser.findElement(By.id("impact-sample")).getText()).contains("historic");
        assertThat(browser.findElement(By.id("impact-currencies")).getText()).contains("EUR");

        chromium.clickable(By.cssSelector("form.signout button")).click();
        chromium.signIn("admin");
        browser.get(chromium.url("/console/rules/candidates/" + candidate));
        chromium.visible(By.id("promote-percent"));
        chromium.clickable(By.id("promote")).click();

        assertThat(chromium.visible(By.id("promoted")).getText()).contains("100 %");
        assertThat(browser.findElement(By.id("candidate-standing")).getText()).isEqualTo("SERVING");
        assertThat(engine.rulesetVersion()).isEqualTo(candidate);
    }
}
