package dev.easel.privacy.centre;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.ClvInsights;
import dev.easel.consent.DataSubjectRights;
import dev.easel.consent.Regulation;
import dev.easel.testing.Browser;
import dev.easel.testing.ConsoleTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer's walk through the privacy centre in a real (headless) Chromium, on the embedded default: a signed link
 * from the shop's back end, the notices in English and German, withdrawing profiling in one click (the CLV is
 * suppressed, the audit trail has the record), the receipt, a copy of their data once compliance answered; a renewal
 * link that completes the waiting renewal; the demo checkout's consent component; a visitor with an altered or expired
 * link. Each test acts on customers of its own, chosen from the end of the key order, away from the console's tests.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyCentreBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser chromium = new Browser(PATIENCE, new Dimension(1400, 1000));

    @Autowired
    ClvInsights insights;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSubjectRights rights;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    WebDriver browser;
    WebDriverWait waiting;

    @BeforeAll
    void demoScored() throws InterruptedException {
        awaitDemoScored();
    }

    @BeforeEach
    void freshVisitor() {
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @Test
    void aCustomerReadsTheNoticesWithdrawsProfilingInOneClickAndDownloadsTheReceiptAndACopy() throws Exception {
        String customerKey = publishedCustomerWithProfiling(0);
        String link = link(customerKey, "PREFERENCES").get("url").asText();
        assertThat(link).doesNotContain("@").contains("/privacy/link/");
        long withdrawalsAudited = audited(customerKey, "CONSENT_WITHDRAWN");

        browser.get(link.replace("http://localhost:8080", chromium.url("")) + "?lang=en");
        waiting.until(ExpectedConditions.urlContains("/privacy/preferences"));
        assertThat(browser.getCurrentUrl())
                .as("the token leaves the address bar")
                .doesNotContain("/link/");
        assertThat(chromium.visible(By.tagName("h1")).getText()).isEqualTo("Your privacy choices");
        assertThat(browser.findElement(By.cssSelector("#purpose-clv-profiling h2"))
                        .getText())
                .isEqualTo("Customer value profile");
        assertThat(browser.findElement(By.id("status-clv-profiling")).getText()).isEqualTo("You agreed");

        browser.findElement(By.id("lang-de")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ihre Datenschutz-Einstellungen"));
        assertThat(browser.findElement(By.cssSelector("#purpose-clv-profiling h2"))
                        .getText())
                .isEqualTo("Kundenwert-Profil");

        chromium.clickable(By.id("withdraw-clv-profiling")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("status-clv-profiling"), "Sie haben widerrufen"));
        assertThat(browser.findElements(By.id("give-clv-profiling")))
                .as("giving again is one click too")
                .hasSize(1);
        Map<String, Object> event = jdbc.sql("""
                SELECT source, notice_language, notice_version, lawful_basis FROM consent_events
                 WHERE customer_key = ? AND purpose = 'clv-profiling' ORDER BY id DESC LIMIT 1
                """).param(customerKey).query().singleRow();
        assertThat(event)
                .containsEntry("source", "PREFERENCE_CENTRE")
                .containsEntry("notice_language", "de")
                .containsEntry("lawful_basis", "CONSENT");
        assertThat((String) event.get("notice_version")).hasSize(64);
        awaitCondition(
                "the CLV is suppressed after the withdrawal",
                () -> "SUPPRESSED"
                        .equals(jdbc.sql("SELECT status FROM clv_current WHERE customer_key = ?")
                                .param(customerKey)
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        assertThat(audited(customerKey, "CONSENT_WITHDRAWN")).isEqualTo(withdrawalsAudited + 1);

        WebElement receipt = chromium.visible(By.cssSelector("#receipts li"));
        String receiptJson =
                fetch(receipt.findElement(By.className("receipt-json")).getAttribute("href"));
        JsonNode kantara = json.readTree(receiptJson);
        assertThat(kantara.get("version").asText()).isEqualTo("KI-CR-v1.1.0");
        assertThat(kantara.get("piiPrincipalId").asText()).isEqualTo(customerKey);
        assertThat(kantara.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(kantara.get("collectionMethod").asText()).isEqualTo("PREFERENCE_CENTRE");
        assertThat(kantara.get("language").asText()).isEqualTo("de");
        assertThat(kantara.path("services")
                        .get(0)
                        .path("purposes")
                        .get(0)
                        .path("purpose")
                        .asText())
                .startsWith("Kundenwert-Profil");
        String pdf = fetch(receipt.findElement(By.className("receipt-pdf")).getAttribute("href"));
        assertThat(pdf).startsWith("%PDF");

        chromium.clickable(By.id("ask-copy")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#requests li[data-request-type='ACCESS'][data-request-status='OPEN']")));
        assertThat(browser.findElements(By.id("download-copy")))
                .as("no copy before compliance answers")
                .isEmpty();
        rights.export(customerKey, Regulation.GDPR, "compliance");
        browser.navigate().refresh();
        String copy = fetch(chromium.visible(By.id("download-copy")).getAttribute("href"));
        assertThat(json.readTree(copy).get("customerKey").asText()).isEqualTo(customerKey);
    }

    @Test
    void aVisitorWithAnAlteredOrExpiredLinkGetsAClearPageAndNothingChanges() throws Exception {
        String customerKey = publishedCustomerWithProfiling(1);
        String token = link(customerKey, "PREFERENCES").get("token").asText();
        long eventsBefore = consentEvents(customerKey);

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String[] fields = payload.split("\\|");
        fields[4] = Long.toString(Instant.now().plus(Duration.ofDays(365)).getEpochSecond());
        String altered = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(String.join("|", fields).getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];

        browser.get(chromium.url("/privacy/link/" + altered + "?lang=en"));
        assertThat(chromium.visible(By.id("link-refused")).getText()).contains("expired or is not valid");
        browser.get(chromium.url("/privacy/preferences"));
        assertThat(chromium.visible(By.id("link-refused")).getText()).contains("Nothing was changed");

        String expired = tokens.issue(
                customerKey,
                java.util.Set.of(dev.easel.consent.Purpose.CLV_PROFILING),
                LinkUse.PREFERENCES,
                Instant.now().minusSeconds(1));
        browser.get(chromium.url("/privacy/link/" + expired + "?lang=de"));
        assertThat(chromium.visible(By.id("link-refused")).getText()).contains("abgelaufen");
        assertThat(consentEvents(customerKey)).isEqualTo(eventsBefore);
    }

    @Test
    void aCustomerRenewsFromTheRenewalLinkAndTheWaitingRenewalCompletes() throws Exception {
        String customerKey = publishedCustomerWithProfiling(2);
        runtime.startProcessInstanceByMessage(
                "ConsentRenewalDue",
                customerKey,
                Map.of(
                        "customerKey",
                        customerKey,
                        "purpose",
                        "clv-profiling",
                        "expiresAt",
                        java.util.Date.from(Instant.now().plus(Duration.ofDays(20)))));
        assertThat(waitingRenewals(customerKey)).isEqualTo(1);

        HttpResponse<String> links = http.send(
                HttpRequest.newBuilder(
                                URI.create(chromium.url("/api/privacy/renewal-links?customerKey=" + customerKey)))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("compliance:demo".getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(links.statusCode()).isEqualTo(200);
        JsonNode renewal = json.readTree(links.body()).get(0);
        assertThat(renewal.get("purpose").asText()).isEqualTo("clv-profiling");

        browser.get(renewal.get("link").asText().replace("http://localhost:8080", chromium.url("")) + "?lang=en");
        waiting.until(ExpectedConditions.urlContains("/privacy/renewal"));
        assertThat(chromium.visible(By.cssSelector("#purpose-clv-profiling h2")).getText())
                .isEqualTo("Customer value profile");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("answer")))
                .selectByValue("moving-supplier");
        chromium.clickable(By.id("renew")).click();
        assertThat(chromium.visible(By.id("renewed")).getText()).contains("renewed");

        awaitCondition("the waiting renewal completes", () -> waitingRenewals(customerKey) == 0);
        assertThat(jdbc.sql("""
                SELECT source FROM consent_events WHERE customer_key = ? AND purpose = 'clv-profiling'
                 ORDER BY id DESC LIMIT 1""").param(customerKey).query(String.class).single())
                .isEqualTo("RENEWAL_LINK");
        assertThat(jdbc.sql("SELECT answer_code FROM feedback_signals WHERE customer_key = ?")
                        .param(customerKey)
                        .query(String.class)
                        .list())
                .containsExactly("moving-supplier");
    }

    @Test
    void theDemoCheckoutRecordsAConsentThroughTheComponent() throws Exception {
        String customerKey = publishedCustomerWithProfiling(3);
        long before = consentEvents(customerKey);

        browser.get(chromium.url("/privacy/demo/checkout?shopper=" + customerKey));
        WebElement component = chromium.visible(By.id("consent-clv-profiling"));
        WebElement toggle = waiting.until(driver -> {
            var found = component.getShadowRoot().findElements(By.cssSelector("#toggle"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(component
                        .getShadowRoot()
                        .findElement(By.cssSelector("strong"))
                        .getText())
                .isEqualTo("Customer value profile");
        toggle.click();
        waiting.until(driver -> "You agreed"
                .equals(component
                        .getShadowRoot()
                        .findElement(By.cssSelector("#status"))
                        .getText()));

        assertThat(consentEvents(customerKey)).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                SELECT source || ' ' || status FROM consent_events WHERE customer_key = ? ORDER BY id DESC LIMIT 1
                """).param(customerKey).query(String.class).single())
                .isEqualTo("CHECKOUT_COMPONENT GIVEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_receipts WHERE customer_key = ?")
                        .param(customerKey)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    PrivacyTokens tokens;

    private long waitingRenewals(String customerKey) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("consent-renewal")
                .processInstanceBusinessKey(customerKey)
                .count();
    }

    private long audited(String customerKey, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE customer_key = ? AND kind = ?")
                .params(customerKey, kind)
                .query(Long.class)
                .single();
    }

    private long consentEvents(String customerKey) {
        return jdbc.sql("SELECT COUNT(*) FROM consent_events WHERE customer_key = ?")
                .param(customerKey)
                .query(Long.class)
                .single();
    }

    /**
     * A customer whose CLV is published and whose latest profiling consent is given: counted from the end of the key
     * order, so that the console's tests (which take the first) never meet them.
     */
    private String publishedCustomerWithProfiling(int index) {
        return jdbc.sql("""
                SELECT c.customer_key FROM clv_current c
                 WHERE c.status = 'PUBLISHED'
                   AND (SELECT e.status FROM consent_events e WHERE e.customer_key = c.customer_key
                           AND e.purpose = 'clv-profiling' ORDER BY e.captured_at DESC, e.id DESC LIMIT 1) = 'GIVEN'
                   AND NOT EXISTS (SELECT 1 FROM consent_events e WHERE e.customer_key = c.customer_key
                                      AND e.source IN ('PREFERENCE_CENTRE', 'RENEWAL_LINK', 'CHECKOUT_COMPONENT'))
                 ORDER BY c.customer_key DESC LIMIT 1 OFFSET ?
                """).param(index).query(String.class).single();
    }

    private JsonNode link(String customerKey, String use) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(chromium.url("/api/privacy/links")))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("ingest:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(Map.of("customerKey", customerKey, "use", use))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    /** Fetches a link with the customer's session, as the page's own download would. */
    private String fetch(String href) {
        Object text = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('failed ' + e));
                """, href);
        return String.valueOf(text);
    }

    private void awaitCondition(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        awaitCondition(what, PATIENCE, condition);
    }

    private void awaitCondition(String what, Duration patience, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(what + ": not within " + patience);
            }
            Thread.sleep(200);
        }
    }

    private void awaitDemoScored() throws InterruptedException {
        awaitCondition(
                "the demo's first batch run finished",
                Duration.ofMinutes(4),
                () -> insights.latestRun().map(run -> run.finishedAt() != null).orElse(false));
    }
}
