package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.BrowserFailureReport;
import dev.easel.testing.HeadlessChromium;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.review.SpikeReviewFixture.FlaggedSpike;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A compliance officer decides a CLV spike in Camunda Tasklist, in a real (headless) Chromium: logs in, opens the
 * review task, reads the evidence on its form, approves and completes; the new value is then published and audited.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not installed.
 */
@PostgresIntegrationTest
class TasklistReviewBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final BrowserFailureReport failures =
            new BrowserFailureReport(() -> this.browser, Path.of("target", "browser-tests"));

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    SpikeReviewFixture fixture;
    HeadlessChromium.Session chromium;
    WebDriver browser;
    WebDriverWait waiting;

    @BeforeEach
    void browser() throws IOException {
        fixture = new SpikeReviewFixture(http, runtime, management);
        chromium = HeadlessChromium.open("tasklist");
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
    void aComplianceOfficerApprovesASpikeInTasklistAndTheNewValueIsPublished() {
        FlaggedSpike spike = fixture.flaggedSpike();
        Map<String, String> evidence = fixture.formVariables("compliance", spike.taskId());
        String newTotal = evidence.get("newTotal");

        logIn("compliance", SpikeReviewFixture.PASSWORD);
        browser.get(tasklist() + "#/?task=" + spike.taskId());
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class, 'task-details')]"
                + "//*[starts-with(normalize-space(), 'CLV review') and contains(., '" + spike.customerKey() + "')]")));
        claimIfOffered();

        assertThat(fieldValue("Field_PreviousValue"))
                .isEqualTo(evidence.get("previousValue"))
                .endsWith(" EUR");
        assertThat(fieldValue("Field_NewValue"))
                .isEqualTo(evidence.get("newValue"))
                .matches("[0-9,]+\\.[0-9]{2} EUR");
        assertThat(fieldValue("Field_ChangeAmount")).startsWith("+").endsWith(" EUR");
        assertThat(fieldValue("Field_Orders")).contains("-large");
        assertThat(fieldValue("Field_ExplanationLink"))
                .isEqualTo("/api/customers/" + spike.customerKey() + "/clv/explanation");
        assertThat(fieldValue("Field_RulesetVersion")).isNotBlank();
        assertThat(fieldValue("Field_ModelVersion")).isNotBlank();
        assertThat(fieldValue("Field_FlagReasons")).contains("CLV_SPIKE");

        clickable(By.xpath("//label[contains(normalize-space(), 'Approve: publish the new value')]"))
                .click();
        field("Field_ApprovalNote").sendKeys("large order confirmed with the seller");
        clickable(By.xpath("//button[normalize-space()='Complete']")).click();

        waiting.until(done ->
                fixture.tasksVisibleTo("compliance", spike.customerKey()).isEmpty());
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(clv.path("total").decimalValue()).isEqualByComparingTo(new BigDecimal(newTotal));
        assertThat(fixture.auditRecords(spike.customerKey()))
                .extracting(record -> record.path("decision").path("kind").asText())
                .contains("CLV_FLAGGED", "CLV_APPROVED", "CLV_PUBLISHED");
        assertThat(fixture.auditRecords(spike.customerKey()))
                .filteredOn(
                        record -> record.path("decision").path("kind").asText().equals("CLV_APPROVED"))
                .singleElement()
                .satisfies(record -> assertThat(
                                record.path("decision").path("actor").asText())
                        .isEqualTo("compliance"));
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void rejectingWithoutAReasonShowsTheMessageAtTheReasonFieldAndKeepsTheTask() {
        FlaggedSpike spike = fixture.flaggedSpike();

        logIn("compliance", SpikeReviewFixture.PASSWORD);
        browser.get(tasklist() + "#/?task=" + spike.taskId());
        claimIfOffered();
        clickWhenFree(By.xpath("//label[contains(normalize-space(), 'Reject: keep the previous value')]"));
        field("Field_Reason");
        clickWhenFree(By.xpath("//button[normalize-space()='Complete']"));

        WebElement reasonField = waiting.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class, 'fjs-form-field') and .//*[contains(@id, 'Field_Reason')]]")));
        waiting.until(done -> reasonField.getText().contains("required"));
        assertThat(fixture.tasksVisibleTo("compliance", spike.customerKey()))
                .singleElement()
                .satisfies(task -> assertThat(task.path("id").asText()).isEqualTo(spike.taskId()));
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText())
                .isEqualTo("PENDING_REVIEW");
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void logIn(String user, String password) {
        browser.get(tasklist());
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                .click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    /** Tasklist lets a candidate complete a task only once they have claimed it. */
    private void claimIfOffered() {
        waiting.until(ExpectedConditions.or(
                ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Claim']")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_NewValue']"))));
        browser.findElements(By.xpath("//button[normalize-space()='Claim']")).forEach(WebElement::click);
    }

    /** A form-js field by its id in the form (clv-spike-review.form). */
    private WebElement field(String formFieldId) {
        return waiting.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='" + formFieldId + "']")));
    }

    private String fieldValue(String formFieldId) {
        return field(formFieldId).getDomProperty("value");
    }

    /** Tasklist may still be laying the form out after a claim: clicked as soon as nothing covers it. */
    private void clickWhenFree(By by) {
        waiting.ignoring(ElementClickInterceptedException.class).until(done -> {
            clickable(by).click();
            return true;
        });
    }

    /** Scrolled to the middle of the window first: Tasklist's fixed footer covers the bottom of a long form. */
    private WebElement clickable(By by) {
        WebElement element = waiting.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return waiting.until(ExpectedConditions.elementToBeClickable(element));
    }
}
