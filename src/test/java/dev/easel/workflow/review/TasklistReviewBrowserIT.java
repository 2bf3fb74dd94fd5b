package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.Browser;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.review.SpikeReviewFixture.FlaggedSpike;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A compliance officer decides a CLV spike in Camunda Tasklist, in a real (headless) Chromium: logs in, opens the
 * review task, reads the evidence on its form, approves and completes; the new value is then published and audited.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not installed.
 */
@PostgresIntegrationTest
class TasklistReviewBrowserIT {

    @RegisterExtension
    final Browser chromium = new Browser();

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    SpikeReviewFixture fixture;
    WebDriver browser;
    WebDriverWait waiting;

    @BeforeEach
    void fixture() {
        fixture = new SpikeReviewFixture(http, runtime);
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @Test
    void aComplianceOfficerApprovesASpikeInTasklistAndTheNewValueIsPublished() {
        FlaggedSpike spike = fixture.flaggedSpike();
        Map<String, String> evidence = fixture.formVariables("compliance", spike.taskId());
        String newTotal = evidence.get("newTotal");

        String tasklist = chromium.signInToCamunda("tasklist", "compliance", SpikeReviewFixture.PASSWORD);
        browser.get(tasklist + "#/?task=" + spike.taskId());
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

        clickWhenFree(By.xpath("//label[contains(normalize-space(), 'Approve: publish the new value')]"));
        field("Field_ApprovalNote").sendKeys("large order confirmed with the seller");
        clickWhenFree(By.xpath("//button[normalize-space()='Complete']"));

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

        String tasklist = chromium.signInToCamunda("tasklist", "compliance", SpikeReviewFixture.PASSWORD);
        browser.get(tasklist + "#/?task=" + spike.taskId());
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
            chromium.clickable(by).click();
            return true;
        });
    }
}
