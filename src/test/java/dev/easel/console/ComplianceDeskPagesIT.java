package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.clv.ClvInsights;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import dev.easel.console.FlaggedReviews.Flagged;
import dev.easel.testing.ConsoleTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The compliance officer's desk, page by page and role by role: the review inbox and a review (evidence, approve,
 * reject with and without a reason, several at once), consents and data-subject requests, CSRF on every form and
 * contact data masked unless revealed. Reviews are of customers the test makes for itself.
 */
@ConsoleTest
class ComplianceDeskPagesIT {

    static final List<String> ROLES = PageAccessCases.ROLES;
    static final Set<String> COMPLIANCE = Set.of("COMPLIANCE");

    /** Made once for the class: each test decides reviews of its own. */
    private static List<Flagged> flagged;

    @Autowired
    MockMvc mvc;

    @Autowired
    ClvInsights insights;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    DataSubjectRequests requests;

    @Autowired
    JdbcClient jdbc;

    FlaggedReviews reviews;

    /** A customer with contact data of its own, and an open access request for them. */
    private static DataSubjectRequest access;

    private static String email;

    @BeforeEach
    void flaggedCustomers() throws InterruptedException {
        DemoScored.await(insights);
        reviews = new FlaggedReviews(http, tasks);
        synchronized (ComplianceDeskPagesIT.class) {
            if (flagged == null) {
                flagged = reviews.flag(5);
            }
        }
    }

    static Stream<Arguments> pagesAndRoles() {
        Map<String, Set<String>> pages = Map.of(
                "/console/reviews", COMPLIANCE,
                "/console/reviews/{task}", COMPLIANCE,
                "/console/consents", COMPLIANCE,
                "/console/consents/{customer}", COMPLIANCE,
                "/console/requests", COMPLIANCE,
                "/console/requests/{request}", COMPLIANCE);
        return PageAccessCases.of(pages);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("pagesAndRoles")
    void everyDeskPageAnswersComplianceAndRefusesTheOthers(String page, String role, boolean allowed) throws Exception {
        String path = page.replace("{task}", flagged.get(0).taskId())
                .replace("{customer}", flagged.get(0).customerKey())
                .replace("{request}", String.valueOf(accessRequest().id()));
        int status =
                mvc.perform(get(path).with(as(role))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(allowed ? 200 : 403);
    }

    @Test
    void theInboxListsEachReviewWithItsCustomerValuesChangeReasonsAndSla() throws Exception {
        Flagged one = flagged.get(0);

        String page = body(mvc.perform(get("/console/reviews")
                        .param("customer", one.customerKey())
                        .with(as("COMPLIANCE")))
                .andReturn());

        assertThat(page)
                .contains("id=\"review-table\"")
                .contains(one.customerKey())
                .contains("CLV_SPIKE")
                .containsPattern("[0-9,]+\\.[0-9]{2} EUR")
                .containsPattern("\\+[0-9,]+\\.[0-9]{2} EUR")
                .contains("due in")
                .contains("<span id=\"review-count\">1</span>");
        assertThat(page).doesNotContain(flagged.get(1).customerKey());
    }

    @Test
    void theInboxFiltersByReasonAndEscalationAndSortsByTheSizeOfTheChange() throws Exception {
        String escalated = body(
                mvc.perform(get("/console/reviews").param("escalated", "yes").with(as("COMPLIANCE")))
                        .andReturn());
        String spikes = body(mvc.perform(get("/console/reviews")
                        .param("reason", "CLV_SPIKE")
                        .param("sort", "LARGEST_CHANGE")
                        .with(as("COMPLIANCE")))
                .andReturn());
        String noSuchReason = body(mvc.perform(get("/console/reviews")
                        .param("reason", "NO_SUCH_REASON")
                        .with(as("COMPLIANCE")))
                .andReturn());

        String byCustomer = body(
                mvc.perform(get("/console/reviews").param("sort", "CUSTOMER").with(as("COMPLIANCE")))
                        .andReturn());

        assertThat(escalated).doesNotContain(flagged.get(0).customerKey());
        List<String> open = flagged.stream()
                .filter(each -> reviews.openTask(each.customerKey()) != null)
                .map(Flagged::customerKey)
                .sorted()
                .toList();
        assertThat(open.stream().map(byCustomer::indexOf).toList())
                .as("open reviews by customer key")
                .doesNotContain(-1)
                .isSorted();
        assertThat(spikes).contains(flagged.get(0).customerKey());
        assertThat(noSuchReason).contains("No open review matches.");
    }

    @Test
    void anOfficerClaimsAReviewFromTheInboxAndFindsItAmongTheirOwn() throws Exception {
        Flagged one = flagged.get(0);

        MvcResult claimed = mvc.perform(post("/console/reviews/" + one.taskId() + "/claim")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(claimed.getResponse().getRedirectedUrl()).isEqualTo("/console/reviews/" + one.taskId());
        assertThat(reviews.openTask(one.customerKey()).getAssignee()).isEqualTo("compliance");
        assertThat(body(mvc.perform(
                                get("/console/reviews").param("claimed", "MINE").with(as("COMPLIANCE")))
                        .andReturn()))
                .contains(one.customerKey());
        assertThat(body(mvc.perform(get("/console/reviews")
                                .param("claimed", "UNCLAIMED")
                                .with(as("COMPLIANCE")))
                        .andReturn()))
                .doesNotContain(one.customerKey());
    }

    @Test
    void theReviewShowsTheEvidenceAsAPersonReadsIt() throws Exception {
        Flagged one = flagged.get(0);

        String page = body(mvc.perform(get("/console/reviews/" + one.taskId()).with(as("COMPLIANCE")))
                .andReturn());

        assertThat(page)
                .contains("id=\"value-before\"")
                .contains("id=\"value-after\"")
                .containsPattern("id=\"value-change\">\\+[0-9,]+\\.[0-9]{2} EUR<")
                .contains(one.customerId() + "-large")
                .contains("new since the last value")
                .contains("id=\"consent-now\"")
                .contains("clv-profiling")
                .contains("ELIGIBLE")
                .contains("/console/customers/" + one.customerKey())
                .contains("/console/audit?customerKey=" + one.customerKey());
        assertThat(page).doesNotContainPattern("[0-9]\\.[0-9]{4} EUR");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAtTheFieldAndDecidesNothing() throws Exception {
        Flagged one = flagged.get(1);

        MvcResult refused = mvc.perform(post("/console/reviews/" + one.taskId() + "/decision")
                        .param("decision", "reject")
                        .param("reason", "  ")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"reason-error\"")
                .contains("A rejection needs a reason.")
                .contains("aria-invalid=\"true\"");
        assertThat(reviews.openTask(one.customerKey())).isNotNull();
        assertThat(kinds(one.customerKey())).doesNotContain("CLV_REJECTED", "CLV_APPROVED");
    }

    @Test
    void aRejectionWithAReasonCompletesTheTaskAsTasklistWouldAndIsAudited() throws Exception {
        Flagged one = flagged.get(2);

        MvcResult decided = mvc.perform(post("/console/reviews/" + one.taskId() + "/decision")
                        .param("decision", "reject")
                        .param("reason", "order placed by mistake, refund on the way")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/console/reviews");
        assertThat(reviews.openTask(one.customerKey())).isNull();
        JsonNode rejection = records(one.customerKey()).stream()
                .filter(record -> record.path("decision").path("kind").asText().equals("CLV_REJECTED"))
                .findFirst()
                .orElseThrow();
        assertThat(rejection.path("decision").path("actor").asText()).isEqualTo("compliance");
        assertThat(rejection.toString()).contains("order placed by mistake");
    }

    @Test
    void severalSelectedReviewsAreApprovedWithOneReasonEachAsItsOwnDecision() throws Exception {
        Flagged first = flagged.get(3);
        Flagged second = flagged.get(4);

        MvcResult decided = mvc.perform(post("/console/reviews/decisions")
                        .param("task", first.taskId(), second.taskId())
                        .param("decision", "approve")
                        .param("reason", "school orders confirmed")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/console/reviews");
        for (Flagged each : List.of(first, second)) {
            assertThat(reviews.openTask(each.customerKey())).isNull();
            assertThat(records(each.customerKey()))
                    .filteredOn(record ->
                            record.path("decision").path("kind").asText().equals("CLV_APPROVED"))
                    .singleElement()
                    .satisfies(record -> assertThat(
                                    record.path("decision").path("actor").asText())
                            .isEqualTo("compliance"));
        }
    }

    @Test
    void severalSelectedReviewsAreNotRejectedWithoutAReason() throws Exception {
        Flagged one = flagged.get(1);

        MvcResult refused = mvc.perform(post("/console/reviews/decisions")
                        .param("task", one.taskId())
                        .param("decision", "reject")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getFlashMap().get("bulkProblems").toString()).contains("reason");
        assertThat(reviews.openTask(one.customerKey())).isNotNull();
    }

    @Test
    void everyDeskFormRefusesARequestWithoutTheCsrfToken() throws Exception {
        String task = flagged.get(0).taskId();
        for (var request : List.of(
                post("/console/reviews/" + task + "/decision").param("decision", "approve"),
                post("/console/reviews/" + task + "/claim"),
                post("/console/reviews/decisions").param("task", task).param("decision", "approve"))) {
            assertThat(mvc.perform(request.with(as("COMPLIANCE")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(reviews.openTask(flagged.get(0).customerKey())).isNotNull();
    }

    @Test
    void aCustomersConsentTimelineShowsEveryEventAndEligibilityPerPurposeWithWhy() throws Exception {
        Flagged one = flagged.get(0);

        String page =
                body(mvc.perform(get("/console/consents/" + one.customerKey()).with(as("COMPLIANCE")))
                        .andReturn());

        assertThat(page)
                .contains("id=\"consent-timeline\"")
                .contains("GIVEN")
                .contains("CONSENT")
                .contains("web-form")
                .contains("privacy-2026-01")
                .contains("I agree that Easel may use my purchase history to estimate my customer value.");
        assertThat(page)
                .contains("id=\"eligibility\"")
                .contains("clv-profiling")
                .contains("marketing-sync")
                .contains("ELIGIBLE");
        assertThat(mvc.perform(get("/console/consents/cus_no_such_customer").with(as("COMPLIANCE")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theConsentDashboardShowsHonouredRatesSuppressionRenewalsGpcAndTheJurisdictionTable() throws Exception {
        long reportsBefore = reportsRendered();

        String page = body(
                mvc.perform(get("/console/consents").with(as("COMPLIANCE"))).andReturn());

        assertThat(page)
                .contains("id=\"honoured\"")
                .contains("id=\"suppressed\"")
                .contains("id=\"renewals\"")
                .contains("Period ends in the next 30 days")
                .contains("id=\"gpc-signals\"")
                .contains("id=\"jurisdictions\"")
                .contains("GDPR")
                .contains("id=\"rates\"");
        assertThat(reportsRendered())
                .as("reading the figures renders no report")
                .isEqualTo(reportsBefore);
    }

    @Test
    void theRequestQueueShowsDaysLeftAgainstTheDeadlineWithContactDataMasked() throws Exception {
        DataSubjectRequest request = accessRequest();

        String queue = body(
                mvc.perform(get("/console/requests").with(as("COMPLIANCE"))).andReturn());
        String page = body(mvc.perform(get("/console/requests/" + request.id()).with(as("COMPLIANCE")))
                .andReturn());

        assertThat(queue)
                .contains("id=\"request-queue\"")
                .contains(request.customerKey())
                .containsPattern("badge green\">(30|31|29) days left");
        assertThat(page)
                .contains("id=\"history\"")
                .contains("Not answered yet")
                .contains(email.charAt(0) + "***" + email.substring(email.indexOf('@')));
        for (String html : List.of(queue, page)) {
            assertThat(html).doesNotContain(email).doesNotContain("Ada Quill");
        }
    }

    @Test
    void revealingContactDataNeedsAReasonAndLeavesAnAuditRecordOfWhoWhoseWhenAndWhy() throws Exception {
        DataSubjectRequest request = accessRequest();
        long before = reveals(request.customerKey());

        MvcResult refused = mvc.perform(post("/console/requests/" + request.id() + "/reveal")
                        .param("why", " ")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("id=\"why-error\"").doesNotContain(email);
        assertThat(reveals(request.customerKey()))
                .as("nothing revealed, nothing recorded")
                .isEqualTo(before);

        String revealed = body(mvc.perform(post("/console/requests/" + request.id() + "/reveal")
                        .param("why", "confirm identity for the access request")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn());

        assertThat(revealed).contains(email).contains("Ada Quill");
        assertThat(reveals(request.customerKey())).isEqualTo(before + 1);
        JsonNode record = records(request.customerKey()).stream()
                .filter(each -> each.path("decision").path("kind").asText().equals("CONTACT_REVEALED"))
                .filter(each -> each.toString().contains("confirm identity for the access request"))
                .findFirst()
                .orElseThrow();
        assertThat(record.path("decision").path("actor").asText()).isEqualTo("compliance");
        assertThat(record.toString()).doesNotContain(email);
        assertThat(body(mvc.perform(get("/console/requests/" + request.id()).with(as("COMPLIANCE")))
                        .andReturn()))
                .as("masked again on the next page")
                .doesNotContain(email);
    }

    @Test
    void noPageCarriesUnmaskedContactDataUnlessRevealed() throws Exception {
        DataSubjectRequest request = accessRequest();
        for (String role : List.of("ANALYST", "COMPLIANCE", "ADMIN")) {
            for (String page : List.of(
                    "/console/customers/" + request.customerKey(),
                    "/console/customers",
                    "/console/requests",
                    "/console/requests/" + request.id(),
                    "/console/consents/" + request.customerKey(),
                    "/console/reviews")) {
                assertThat(body(mvc.perform(get(page).with(as(role))).andReturn()))
                        .as("%s as %s", page, role)
                        .doesNotContain(email)
                        .doesNotContain("Ada Quill")
                        .doesNotContain("1 Rue des Arts");
            }
        }
    }

    @Test
    void aComplianceOfficerRevealsContactDataOnTheCustomerPageWithAReasonOnTheRecord() throws Exception {
        String customerKey = accessRequest().customerKey();
        String page = "/console/customers/" + customerKey + "/reveal";

        assertThat(mvc.perform(post(page).param("why", "x").with(as("ANALYST")).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(page).param("why", "x").with(as("COMPLIANCE")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without the CSRF token")
                .isEqualTo(403);
        MvcResult refused =
                mvc.perform(post(page).with(as("COMPLIANCE")).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("id=\"why-error\"").doesNotContain(email);
        long before = reveals(customerKey);

        String revealed = body(mvc.perform(post(page)
                        .param("why", "customer called about a delivery")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn());

        assertThat(revealed).contains(email).contains("Ada Quill").contains("id=\"contact-revealed\"");
        assertThat(reveals(customerKey)).isEqualTo(before + 1);
    }

    @Test
    void onlyComplianceMayRevealExportOrErase() throws Exception {
        long id = accessRequest().id();
        for (String role : List.of("ANALYST", "AUDITOR", "ADMIN", "INGEST")) {
            for (var request : List.of(
                    post("/console/requests/" + id + "/reveal").param("why", "curious"),
                    post("/console/requests/" + id + "/export"),
                    post("/console/requests/" + id + "/erasure")
                            .param("confirm", accessRequest().customerKey()))) {
                MvcResult result =
                        mvc.perform(request.with(as(role)).with(csrf())).andReturn();
                assertThat(result.getResponse().getStatus()).isEqualTo(403);
                assertThat(result.getResponse().getContentAsString()).doesNotContain(email);
            }
        }
    }

    @Test
    void theAccessExportDownloadsAsJsonAndAnswersTheRequest() throws Exception {
        Flagged one = flagged.get(0);
        DataSubjectRequest request = requests.open(
                DataSubjectRequest.Type.ACCESS,
                Regulation.GDPR,
                one.customerKey(),
                "ref-" + one.customerId(),
                "console-test");

        MvcResult export = mvc.perform(post("/console/requests/" + request.id() + "/export")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(export.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("access-export-" + one.customerKey() + ".json");
        assertThat(export.getResponse().getContentAsString())
                .contains("\"customerKey\"")
                .contains(one.customerId() + "-large");
        assertThat(requests.find(request.id()).orElseThrow().status()).isEqualTo(DataSubjectRequest.Status.COMPLETED);
    }

    @Test
    void erasureWaitsForTheTypedCustomerKeyThenErasesAndAnswers() throws Exception {
        String customerKey = customerWithContact("erase", "Bea Vellum");
        DataSubjectRequest request = requests.open(
                DataSubjectRequest.Type.ERASURE,
                Regulation.GDPR,
                customerKey,
                "ref-erase-" + customerKey,
                "console-test");

        MvcResult refused = mvc.perform(post("/console/requests/" + request.id() + "/erasure")
                        .param("confirm", "yes")
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("id=\"confirm-error\"").contains("Type the customer key");
        assertThat(kinds(customerKey)).doesNotContain("CUSTOMER_ERASED");

        MvcResult erased = mvc.perform(post("/console/requests/" + request.id() + "/erasure")
                        .param("confirm", customerKey)
                        .with(as("COMPLIANCE"))
                        .with(csrf()))
                .andReturn();

        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/console/requests/" + request.id());
        assertThat(kinds(customerKey)).contains("CUSTOMER_ERASED", "DATA_SUBJECT_REQUEST_COMPLETED");
        assertThat(requests.find(request.id()).orElseThrow().status()).isEqualTo(DataSubjectRequest.Status.COMPLETED);
    }

    @Test
    void theConsentAndRequestFormsRefuseARequestWithoutTheCsrfToken() throws Exception {
        long id = accessRequest().id();
        for (var request : List.of(
                post("/console/requests/" + id + "/reveal").param("why", "identity check"),
                post("/console/requests/" + id + "/export"),
                post("/console/requests/" + id + "/erasure")
                        .param("confirm", accessRequest().customerKey()))) {
            MvcResult result = mvc.perform(request.with(as("COMPLIANCE"))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(email);
        }
        assertThat(kinds(accessRequest().customerKey())).doesNotContain("CUSTOMER_ERASED");
    }

    private long reveals(String customerKey) {
        return kinds(customerKey).stream().filter("CONTACT_REVEALED"::equals).count();
    }

    private long reportsRendered() {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE kind = 'REPORT_RENDERED'")
                .query(Long.class)
                .single();
    }

    private DataSubjectRequest accessRequest() {
        synchronized (ComplianceDeskPagesIT.class) {
            if (access == null) {
                String customerKey = customerWithContact("access", "Ada Quill");
                access = requests.open(
                        DataSubjectRequest.Type.ACCESS,
                        Regulation.GDPR,
                        customerKey,
                        "ref-access-" + customerKey,
                        "console-test");
            }
            return access;
        }
    }

    /** A customer of the test's own with contact data, sent as a shop would. */
    private String customerWithContact(String what, String name) {
        String customerId = "desk-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
        String mail = customerId + "@example.org";
        Map<String, Object> customer = new HashMap<>(Map.of(
                "customerId",
                customerId,
                "type",
                "INDIVIDUAL",
                "country",
                "FR",
                "channel",
                "WEB",
                "email",
                mail,
                "name",
                name,
                "addressLine",
                "1 Rue des Arts",
                "city",
                "Lyon",
                "postalCode",
                "69001"));
        JsonNode recorded = http.withBasicAuth("ingest", "demo")
                .postForEntity("/api/customers", customer, JsonNode.class)
                .getBody();
        if ("access".equals(what)) {
            email = mail;
        }
        return recorded.path("customerKey").asText();
    }

    private List<String> kinds(String customerKey) {
        return records(customerKey).stream()
                .map(record -> record.path("decision").path("kind").asText())
                .toList();
    }

    private List<JsonNode> records(String customerKey) {
        JsonNode records = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit?customerKey={key}&limit=1000", JsonNode.class, customerKey)
                .getBody();
        List<JsonNode> list = new ArrayList<>();
        records.forEach(list::add);
        return list;
    }

    static RequestPostProcessor as(String role) {
        return user(role.toLowerCase()).roles(role);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
