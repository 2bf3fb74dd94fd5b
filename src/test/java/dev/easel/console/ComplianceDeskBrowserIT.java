package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.clv.ClvInsights;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import dev.easel.console.FlaggedReviews.Flagged;
import dev.easel.testing.Browser;
import dev.easel.testing.ConsoleTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A compliance officer's walk through the desk in a real (headless) Chromium: signs in, filters the inbox, opens a
 * review, tries to reject without a reason (stopped at the field, nothing decided), rejects with one, approves two
 * reviews at once, and reveals a customer's contact data for a data-subject request (the audit trail records it).
 * The reviews and the request are of customers the test makes for itself. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; skipped where they are not installed.
 */
@ConsoleTest
class ComplianceDeskBrowserIT {

    @RegisterExtension
    final Browser chromium = new Browser(Duration.ofSeconds(30), new Dimension(1280, 900));

    @Autowired
    ClvInsights insights;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    DataSubjectRequests requests;

    WebDriver browser;
    WebDriverWait waiting;

    @BeforeEach
    void demoScored() throws InterruptedException {
        DemoScored.await(insights);
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @Test
    void aComplianceOfficerTriagesDecidesAndRevealsAContactOnTheRecord() {
        FlaggedReviews reviews = new FlaggedReviews(http, tasks);
        List<Flagged> flagged = reviews.flag(3);
        Flagged rejected = flagged.get(0);

        chromium.signIn("compliance");

        browser.findElement(By.linkText("Reviews")).click();
        chromium.visible(By.id("customer")).sendKeys(rejected.customerKey());
        browser.findElement(By.id("filter")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("review-count"), "1"));
        WebElement row = chromium.visible(By.cssSelector("#review-table tbody tr"));
        assertThat(row.getText())
                .contains(rejected.customerKey())
                .contains("CLV_SPIKE")
                .contains("EUR")
                .contains("due in");
        chromium.clickable(By.linkText(rejected.customerKey())).click();

        waiting.until(ExpectedConditions.urlContains("/console/reviews/" + rejected.taskId()));
        assertThat(chromium.visible(By.id("value-after")).getText()).matches("[0-9,]+\\.[0-9]{2} EUR");
        assertThat(browser.findElement(By.id("value-change")).getText()).startsWith("+");
        assertThat(browser.findElement(By.id("orders")).getText()).contains(rejected.customerId() + "-large");
        assertThat(browser.findElement(By.id("consent-now")).getText()).contains("clv-profiling");

        chromium.clickable(By.id("reject")).click();
        assertThat(chromium.visible(By.id("reason-error")).getText()).isEqualTo("A rejection needs a reason.");
        assertThat(browser.findElement(By.id("reason")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.getCurrentUrl()).endsWith("/console/reviews/" + rejected.taskId());
        assertThat(reviews.openTask(rejected.customerKey()))
                .as("nothing decided")
                .isNotNull();

        browser.findElement(By.id("reason")).sendKeys("duplicate order, the seller cancelled it");
        chromium.clickable(By.id("reject")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomes")));
        assertThat(browser.findElement(By.id("outcomes")).getText()).contains("Rejected");
        assertThat(reviews.openTask(rejected.customerKey())).isNull();
        assertThat(kinds(rejected.customerKey())).contains("CLV_REJECTED");

        browser.get(chromium.url("/console/reviews?sort=NEWEST"));
        for (Flagged approved : flagged.subList(1, 3)) {
            chromium.clickable(By.id("select-" + approved.taskId())).click();
        }
        browser.findElement(By.id("bulk-reason")).sendKeys("school term orders confirmed");
        chromium.clickable(By.id("bulk-approve")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomes")));
        for (Flagged approved : flagged.subList(1, 3)) {
            assertThat(reviews.openTask(approved.customerKey())).isNull();
            assertThat(kinds(approved.customerKey())).containsOnlyOnce("CLV_APPROVED");
        }

        String email = "desk-reveal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DataSubjectRequest request = accessRequestFor(email);
        browser.findElement(By.linkText("Requests")).click();
        chromium.clickable(By.linkText("#" + request.id())).click();
        assertThat(chromium.visible(By.id("contact")).getText()).contains("d***@example.org");
        assertThat(browser.getPageSource()).doesNotContain(email);
        chromium.clickable(By.id("reveal")).click();
        assertThat(chromium.visible(By.id("why-error")).getText()).contains("Say why");
        browser.findElement(By.id("why")).sendKeys("identity check before answering the access request");
        chromium.clickable(By.id("reveal")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact"), email));
        assertThat(kinds(request.customerKey())).contains("CONTACT_REVEALED");
    }

    private DataSubjectRequest accessRequestFor(String email) {
        String customerId = email.substring(0, email.indexOf('@'));
        JsonNode customer = http.withBasicAuth("ingest", "demo")
                .postForEntity(
                        "/api/customers",
                        Map.of(
                                "customerId",
                                customerId,
                                "type",
                                "INDIVIDUAL",
                                "country",
                                "FR",
                                "channel",
                                "WEB",
                                "email",
                                email,
                                "name",
                                "Cleo Gesso"),
                        JsonNode.class)
                .getBody();
        String customerKey = customer.path("customerKey").asText();
        return requests.open(
                DataSubjectRequest.Type.ACCESS, Regulation.GDPR, customerKey, "ref-" + customerId, "console-test");
    }

    private List<String> kinds(String customerKey) {
        JsonNode records = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit?customerKey={key}&limit=1000", JsonNode.class, customerKey)
                .getBody();
        List<String> kinds = new ArrayList<>();
        records.forEach(record -> kinds.add(record.path("decision").path("kind").asText()));
        return kinds;
    }
}
