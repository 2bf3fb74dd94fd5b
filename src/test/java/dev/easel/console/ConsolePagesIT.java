package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvDirectory;
import dev.easel.clv.ClvInsights;
import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.Customers;
import dev.easel.testing.ConsoleTest;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every console page for every role (allowed, refused, masked), the sign-in, the status strip and CSRF on every
 * form, on the embedded default with the demo marketplace scored on first start.
 */
@ConsoleTest
class ConsolePagesIT {

    static final List<String> ROLES = PageAccessCases.ROLES;
    static final Set<String> CLV_READERS = Set.of("ANALYST", "COMPLIANCE", "ADMIN");
    static final Set<String> ANALYSTS = Set.of("ANALYST", "ADMIN");
    static final Set<String> ADMINS = Set.of("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ClvInsights insights;

    @Autowired
    ClvDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    Customer customer;

    record Customer(String key, String email, String sourceId) {}

    @BeforeEach
    void demoScored() throws InterruptedException {
        DemoScored.await(insights);
        // Contact details are sealed in the database (docs/erasure.md): the commerce module opens them.
        String key = jdbc.sql("""
                SELECT c.customer_key
                  FROM clv_current c JOIN customers k ON k.customer_key = c.customer_key
                  JOIN customer_contacts p ON p.customer_id = k.id
                 WHERE c.status = 'PUBLISHED' AND p.email_lookup IS NOT NULL
                 ORDER BY c.customer_key LIMIT 1
                """).query(String.class).single();
        CustomerDetails details = customers.find(key).orElseThrow();
        customer = new Customer(
                key,
                details.contact().email(),
                details.sourceIds().stream()
                        .map(CustomerDetails.SourceId::sourceId)
                        .sorted()
                        .findFirst()
                        .orElseThrow());
    }

    static Stream<Arguments> pagesAndRoles() {
        Map<String, Set<String>> pages = Map.of(
                "/console/clv", CLV_READERS,
                "/console/customers", CLV_READERS,
                "/console/customers/{key}", CLV_READERS,
                "/console/model", ANALYSTS,
                "/console/segments", ANALYSTS,
                "/console/segments/cohorts.csv", ANALYSTS,
                "/console/rules", ANALYSTS,
                "/console/rules/history", ANALYSTS,
                "/console/runs", ADMINS);
        return PageAccessCases.of(pages);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("pagesAndRoles")
    void everyPageAnswersTheRolesItIsForAndRefusesTheOthers(String page, String role, boolean allowed)
            throws Exception {
        int status = mvc.perform(get(page.replace("{key}", customer.key())).with(as(role)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(allowed ? 200 : 403);
    }

    @Test
    void aVisitorWithoutASessionIsSentToSignInAndBackHomeAfter() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/").with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/console/home");
        assertThat(body(mvc.perform(get("/console/home").with(as("INGEST"))).andReturn()))
                .contains("Welcome");
        assertThat(mvc.perform(get("/console/clv")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(body(mvc.perform(get("/login")).andReturn()))
                .contains("Sign in to Easel")
                .contains("<label for=\"username\">")
                .contains("name=\"_csrf\"");

        MvcResult signedIn = mvc.perform(formLogin("/login").user("analyst").password("demo"))
                .andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/console/home");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(mvc.perform(get("/console/home").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/console/clv");
        assertThat(mvc.perform(formLogin("/login").user("analyst").password("wrong"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void theConsoleSessionDoesNotOpenTheApiWhichStaysHttpBasic() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user("analyst").password("demo"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        assertThat(mvc.perform(get("/api/rules").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        MvcResult basic =
                mvc.perform(get("/api/rules").with(httpBasic("analyst"))).andReturn();
        assertThat(basic.getResponse().getStatus()).isEqualTo(200);
        assertThat(basic.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(mvc.perform(get("/api/customers/" + customer.key() + "/clv/explanation")
                                .with(httpBasic("analyst")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void signInAndEveryFormRefuseARequestWithoutTheCsrfToken() throws Exception {
        assertThat(mvc.perform(post("/login").param("username", "analyst").param("password", "demo"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/logout").with(as("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/console/runs").with(as("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/console/model/evaluation")
                                .param("calibrationEnd", "2025-06-30")
                                .with(as("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(mvc.perform(post("/logout").with(as("ANALYST")).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?signedOut");
    }

    @Test
    void anAdminStartsABatchRunFromTheRunsPageAndAnAnalystMayNot() throws Exception {
        int before = insights.recentRuns(50).size();

        assertThat(mvc.perform(post("/console/runs").with(as("ANALYST")).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MvcResult started = mvc.perform(post("/console/runs").with(as("ADMIN")).with(csrf()))
                .andReturn();

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/console/runs");
        assertThat(insights.recentRuns(50)).hasSize(before + 1);
        BatchRun run = DemoScored.await(insights);
        assertThat(run.requestedBy()).isEqualTo("admin");
        assertThat(body(mvc.perform(get("/console/runs").with(as("ADMIN"))).andReturn()))
                .contains(run.runId());
    }

    @Test
    void contactDataIsMaskedForEveryRoleAndAnalystsSeeNoSourceIds() throws Exception {
        String page = "/console/customers/" + customer.key();
        String masked = customer.email().charAt(0) + "***"
                + customer.email().substring(customer.email().indexOf('@'));

        String analyst = body(mvc.perform(get(page).with(as("ANALYST"))).andReturn());
        String compliance = body(mvc.perform(get(page).with(as("COMPLIANCE"))).andReturn());
        String admin = body(mvc.perform(get(page).with(as("ADMIN"))).andReturn());

        assertThat(analyst)
                .contains(masked)
                .doesNotContain(customer.email())
                .doesNotContain(customer.sourceId())
                .contains("Contact data is masked.")
                .doesNotContain("id=\"reveal-form\"");
        assertThat(compliance)
                .contains(masked)
                .doesNotContain(customer.email())
                .contains(customer.sourceId())
                .contains("id=\"reveal-form\"");
        assertThat(admin).contains(masked).doesNotContain(customer.email()).doesNotContain("id=\"reveal-form\"");
    }

    @Test
    void theCustomerPageShowsTheCardTimelineExplanationAndHistory() throws Exception {
        String page =
                body(mvc.perform(get("/console/customers/" + customer.key()).with(as("ANALYST")))
                        .andReturn());

        assertThat(page)
                .contains("id=\"clv-card\"")
                .contains("Historic CLV")
                .contains("Predicted CLV")
                .contains("Total CLV")
                .contains("Historic orders")
                .contains("Predicted orders")
                .contains("Average order value")
                .contains("Average days between orders")
                .contains("Churn probability")
                .contains("Expected next order");
        assertThat(page)
                .contains("id=\"timeline\"")
                .contains("Order ")
                .contains("Consent gate:")
                .contains("id=\"history-chart\"")
                .contains("PUBLISHED");
    }

    @Test
    void theCustomerListFindsByKeyOrSourceIdAndNamesABadFilter() throws Exception {
        assertThat(body(mvc.perform(get("/console/customers")
                                .param("q", customer.key())
                                .with(as("ANALYST")))
                        .andReturn()))
                .contains(customer.key());
        assertThat(body(mvc.perform(get("/console/customers")
                                .param("q", customer.sourceId())
                                .with(as("ANALYST")))
                        .andReturn()))
                .contains(customer.key());
        assertThat(body(mvc.perform(get("/console/customers")
                                .param("status", "ALIVE")
                                .with(as("ANALYST")))
                        .andReturn()))
                .contains("status: not one of");
        String fragment = body(mvc.perform(get("/console/customers")
                        .param("status", "PUBLISHED")
                        .param("sort", "PREDICTED")
                        .header("HX-Request", "true")
                        .with(as("ANALYST")))
                .andReturn());
        assertThat(fragment)
                .contains("id=\"customer-table\"")
                .doesNotContain("<html")
                .doesNotContain("SUPPRESSED</span>");
    }

    @Test
    void pagesOfTheCustomerListFollowEachOtherWithoutGapOrOverlap() {
        Set<String> seen = new HashSet<>();
        BigDecimal previous = null;
        ClvDirectory.Cursor after = null;
        int pages = 0;
        do {
            ClvDirectory.Page page = directory.search(new ClvDirectory.Query(
                    null, "PUBLISHED", null, null, null, null, null, null, ClvDirectory.Sort.TOTAL, after, 40));
            for (ClvDirectory.Row row : page.rows()) {
                assertThat(seen.add(row.customerKey())).as("each customer once").isTrue();
                if (previous != null) {
                    assertThat(row.total()).isLessThanOrEqualTo(previous);
                }
                previous = row.total();
            }
            after = page.next();
            pages++;
        } while (after != null);

        long published = insights.customersByStatus().get("PUBLISHED");
        assertThat(seen).hasSize((int) published);
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void theStatusStripShowsEachRoleTheFiguresItMaySee() throws Exception {
        String analyst =
                body(mvc.perform(get("/console/status").with(as("ANALYST"))).andReturn());
        String admin =
                body(mvc.perform(get("/console/status").with(as("ADMIN"))).andReturn());
        String auditor =
                body(mvc.perform(get("/console/status").with(as("AUDITOR"))).andReturn());

        assertThat(analyst)
                .contains("Batch run:")
                .contains("FINISHED")
                .contains("Rules:")
                .doesNotContain("Audit chain:")
                .doesNotContain("Outbox:")
                .doesNotContain("Reviews open:");
        assertThat(admin)
                .contains("Batch run:")
                .contains("Reviews open:")
                .contains("Consents to renew in 30 days:")
                .contains("Outbox:")
                .contains("Rules:")
                .contains("Audit chain:");
        assertThat(auditor)
                .contains("Audit chain:")
                .doesNotContain("Batch run:")
                .doesNotContain("Rules:");
    }

    @Test
    void oneOrderCustomersHaveTheirOwnLabelledBarInTheChurnChartAndItsLegend() throws Exception {
        long oneOrder = insights.churnBands().get("ONE_ORDER");
        assertThat(oneOrder)
                .as("published customers with one order in the demo")
                .isPositive();

        String home = body(mvc.perform(get("/console/clv").with(as("ANALYST"))).andReturn());

        String chart = home.substring(home.indexOf("id=\"churn-chart\""), home.indexOf("id=\"band-one-order\""));
        assertThat(chart)
                .contains("one order: no prediction yet")
                .contains("historic only: no model")
                .doesNotContain("NO_MODEL")
                .doesNotContain("ONE_ORDER");
        assertThat(home).contains("One order: no prediction yet, because BG/NBD lets a customer leave only after a");
    }

    @Test
    void theModelInServiceSaysTheOneCurrencyItWasFittedIn() throws Exception {
        String model =
                body(mvc.perform(get("/console/model").with(as("ANALYST"))).andReturn());

        assertThat(model)
                .contains("<dt>Currency</dt>")
                .contains("EUR: every amount was converted into it before fitting");
    }

    @Test
    void navigationOffersOnlyWhatTheRoleMayOpen() throws Exception {
        String analyst =
                body(mvc.perform(get("/console/clv").with(as("ANALYST"))).andReturn());
        String compliance =
                body(mvc.perform(get("/console/clv").with(as("COMPLIANCE"))).andReturn());
        String admin = body(mvc.perform(get("/console/clv").with(as("ADMIN"))).andReturn());

        assertThat(analyst).contains("href=\"/console/model\"").doesNotContain("href=\"/console/runs\"");
        assertThat(compliance).contains("href=\"/console/customers\"").doesNotContain("href=\"/console/model\"");
        assertThat(admin).contains("href=\"/console/runs\"");
    }

    @Test
    void theSegmentsPageExportsEachTableAsCsv() throws Exception {
        MvcResult cohorts = mvc.perform(get("/console/segments/cohorts.csv").with(as("ANALYST")))
                .andReturn();
        MvcResult segments = mvc.perform(get("/console/segments/segments.csv").with(as("ANALYST")))
                .andReturn();

        assertThat(cohorts.getResponse().getContentType()).startsWith("text/csv");
        assertThat(body(cohorts)).startsWith("first_purchase_month,customers,month_0");
        assertThat(body(segments))
                .startsWith("segment,definition,currency,customers,total_clv,average_clv")
                .contains("Champions");
        assertThat(mvc.perform(get("/console/segments/nothing.csv").with(as("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aHoldoutEvaluationFromTheModelPageAnswersItsPlots() throws Exception {
        String answer = body(mvc.perform(post("/console/model/evaluation")
                        .param(
                                "calibrationEnd",
                                java.time.LocalDate.now().minusMonths(6).toString())
                        .with(as("ANALYST"))
                        .with(csrf()))
                .andReturn());
        String missing = body(mvc.perform(
                        post("/console/model/evaluation").with(as("ANALYST")).with(csrf()))
                .andReturn());

        assertThat(answer)
                .contains("id=\"calibration-chart\"")
                .contains("id=\"tracking-chart\"")
                .contains("Mean absolute error");
        assertThat(missing).contains("calibrationEnd: a date is required");
    }

    private static RequestPostProcessor as(String role) {
        return user(role.toLowerCase()).roles(role);
    }

    private static RequestPostProcessor httpBasic(String user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                user, "demo");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
