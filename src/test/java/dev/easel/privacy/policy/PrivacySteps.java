package dev.easel.privacy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.Purpose;
import dev.easel.privacy.centre.LinkUse;
import dev.easel.privacy.centre.PrivacyTokens;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Steps that act as a customer over HTTP (links, pages, forms with CSRF tokens) and as compliance through the API.
 * Each scenario takes customers of its own from the middle of the key order, apart from other tests' customers.
 */
public class PrivacySteps {

    /** Customers already given to a scenario: each scenario's are its own. */
    private static final Set<String> USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final Pattern RECEIPT = Pattern.compile("href=\"/privacy/receipts/([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyTokens tokens;

    @Autowired
    ObjectMapper json;

    private CustomerBrowser browser;
    private String customerKey;
    private String otherCustomerKey;
    private String otherReceipt;
    private String renewalLink;
    private long eventsBefore;
    private int submissionsBeforeChoices;
    private int pageResponse;

    @Given("a customer who opened their preference-centre link")
    public void openedTheirLink() throws Exception {
        openLink("en");
    }

    @Given("a customer who opened their preference-centre link in German")
    public void openedTheirLinkInGerman() throws Exception {
        openLink("de");
    }

    @Given("another customer who has a receipt")
    public void anotherCustomerWithAReceipt() throws Exception {
        openLink("en");
        click("give", "marketing-sync");
        Matcher receipt = RECEIPT.matcher(browser.lastPage());
        assertThat(receipt.find()).isTrue();
        otherReceipt = receipt.group(1);
        otherCustomerKey = customerKey;
    }

    @Given("another customer who asked for a copy of their data")
    public void anotherCustomerAskedForACopy() throws Exception {
        openLink("en");
        askForACopy();
        otherCustomerKey = customerKey;
    }

    @Given("a customer with a renewal link for {string}")
    public void aRenewalLink(String purpose) {
        renewalLink(purpose, Instant.now().plus(Duration.ofDays(10)));
    }

    @Given("a customer with an expired renewal link for {string}")
    public void anExpiredRenewalLink(String purpose) {
        renewalLink(purpose, Instant.now().minusSeconds(5));
    }

    @When("they click {string} for {string}")
    public void click(String button, String purpose) throws Exception {
        browser.submit("/privacy/preferences/" + button, Map.of("purpose", purpose, "lang", language()));
    }

    @When("they ask for a copy of their data")
    public void askForACopy() throws Exception {
        browser.submit("/privacy/requests", Map.of("type", "ACCESS", "lang", "en"));
    }

    @When("they ask for the other customer's receipt")
    public void askForTheOtherReceipt() throws Exception {
        pageResponse = browser.open("/privacy/receipts/" + otherReceipt).statusCode();
    }

    @When("they renew from the link")
    public void renewFromTheLink() throws Exception {
        browser.open(renewalLink + "?lang=en");
        assertThat(browser.lastPage()).contains("id=\"renew\"");
        browser.submit("/privacy/renewal", Map.of("lang", "en", "answer", ""));
    }

    @When("they open the link")
    public void openTheLink() throws Exception {
        pageResponse = browser.open(renewalLink).statusCode();
    }

    @When("a visitor opens the preference centre without a link")
    public void withoutALink() throws Exception {
        browser = new CustomerBrowser(port);
        pageResponse = browser.open("/privacy/preferences?lang=en").statusCode();
    }

    @Then("their consent to {string} is {word}, collected through {word}")
    public void consentIs(String purpose, String status, String source) {
        Map<String, Object> latest =
                jdbc.sql("""
                SELECT status, source, recorded_by FROM consent_events
                 WHERE customer_key = ? AND purpose = ? ORDER BY id DESC LIMIT 1
                """).params(customerKey, purpose).query().singleRow();
        assertThat(latest)
                .containsEntry("status", status)
                .containsEntry("source", source)
                .containsEntry("recorded_by", "privacy-centre");
    }

    @Then("each choice took one request from the preference centre page")
    public void oneRequestEach() {
        assertThat(browser.submissions() - submissionsBeforeChoices).isEqualTo(2);
        assertThat(browser.lastPage()).contains("id=\"give-clv-profiling\"");
    }

    @Then("the consent records the notices' version and the language {string}")
    public void recordsTheNotice(String language) {
        Map<String, Object> latest = jdbc.sql("""
                SELECT notice_version, notice_language FROM consent_events WHERE customer_key = ?
                 ORDER BY id DESC LIMIT 1""").param(customerKey).query().singleRow();
        assertThat(latest).containsEntry("notice_language", language);
        assertThat((String) latest.get("notice_version")).hasSize(64);
    }

    @Then("their page lists a receipt")
    public void listsAReceipt() {
        assertThat(RECEIPT.matcher(browser.lastPage()).find()).isTrue();
    }

    @Then("the receipt names the controller, the purpose as shown, the notice version, {word} and the jurisdiction")
    public void receiptFields(String method) throws Exception {
        Matcher receipt = RECEIPT.matcher(browser.lastPage());
        assertThat(receipt.find()).isTrue();
        HttpResponse<String> response = browser.open("/privacy/receipts/" + receipt.group(1));
        JsonNode kantara = json.readTree(response.body());
        assertThat(kantara.path("piiControllers").get(0).path("piiController").asText())
                .isNotBlank();
        assertThat(kantara.path("services")
                        .get(0)
                        .path("purposes")
                        .get(0)
                        .path("purpose")
                        .asText())
                .startsWith("Marketing emails tailored to you");
        assertThat(kantara.path("noticeVersion").asText()).hasSize(64);
        assertThat(kantara.path("collectionMethod").asText()).isEqualTo(method);
        assertThat(kantara.path("jurisdiction").asText()).isNotBlank();
        assertThat(kantara.path("piiPrincipalId").asText()).isEqualTo(customerKey);
    }

    @Then("they get nothing")
    public void getNothing() {
        assertThat(pageResponse).isEqualTo(404);
        assertThat(otherCustomerKey).isNotEqualTo(customerKey);
    }

    @Then("compliance finds the receipt among the customer's receipts")
    public void complianceFindsTheReceipt() throws Exception {
        JsonNode receipts = json.readTree(api("/api/customers/" + customerKey + "/consent-receipts"));
        assertThat(receipts).isNotEmpty();
        assertThat(receipts.get(0).path("status").asText()).isEqualTo("GIVEN");
    }

    @Then("their page shows their ACCESS request as OPEN")
    public void showsTheirRequest() {
        assertThat(browser.lastPage()).contains("data-request-type=\"ACCESS\" data-request-status=\"OPEN\"");
    }

    @Then("compliance sees the request among the open data-subject requests")
    public void complianceSeesTheRequest() throws Exception {
        JsonNode open = json.readTree(api("/api/data-subject-requests"));
        boolean found = false;
        for (JsonNode request : open) {
            found |= customerKey.equals(request.path("customerKey").asText())
                    && "privacy-centre".equals(request.path("source").asText());
        }
        assertThat(found).isTrue();
    }

    @Then("their page shows no request")
    public void showsNoRequest() {
        assertThat(browser.lastPage()).doesNotContain("data-request-type=");
        assertThat(browser.lastPage()).doesNotContain(otherCustomerKey);
    }

    @Then("they are told the link expired and nothing changed")
    public void toldExpired() {
        assertThat(pageResponse).isEqualTo(403);
        assertThat(browser.lastPage()).contains("This link has expired or is not valid. Nothing was changed.");
        if (customerKey != null) {
            assertThat(events()).isEqualTo(eventsBefore);
        }
    }

    private void openLink(String language) throws Exception {
        customerKey = nextCustomer();
        eventsBefore = events();
        browser = new CustomerBrowser(port);
        String token = tokens.issue(customerKey, Set.of(Purpose.values()), LinkUse.PREFERENCES, Duration.ofMinutes(30));
        HttpResponse<String> page = browser.open("/privacy/link/" + token + "?lang=" + language);
        assertThat(page.statusCode()).isEqualTo(200);
        submissionsBeforeChoices = browser.submissions();
    }

    private void renewalLink(String purpose, Instant expiresAt) {
        customerKey = nextCustomer();
        eventsBefore = events();
        browser = new CustomerBrowser(port);
        renewalLink = "/privacy/link/"
                + tokens.issue(customerKey, Set.of(Purpose.fromCode(purpose)), LinkUse.RENEWAL, expiresAt);
    }

    private String language() {
        return browser.lastPage().contains("lang=\"de\"") ? "de" : "en";
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM consent_events WHERE customer_key = ?")
                .param(customerKey)
                .query(Long.class)
                .single();
    }

    /**
     * A customer who never gave consent to anything (so that the page offers "give" for every purpose) and has no data
     * request (the console's tests open some on the shared demo), from the end of the key order, not yet used by
     * another scenario.
     */
    private String nextCustomer() {
        return jdbc.sql("""
                SELECT c.customer_key FROM customers c
                 WHERE NOT EXISTS (SELECT 1 FROM consent_events e
                                    WHERE e.customer_key = c.customer_key AND e.status = 'GIVEN')
                   AND NOT EXISTS (SELECT 1 FROM data_subject_requests r WHERE r.customer_key = c.customer_key)
                 ORDER BY c.customer_key DESC
                """).query(String.class).list().stream()
                .filter(USED::add)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo customer left who never gave consent"));
    }

    private String api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "compliance:demo".getBytes(StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
