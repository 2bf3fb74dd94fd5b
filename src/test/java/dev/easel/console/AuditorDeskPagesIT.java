package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.audit.AuditFilter;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionRecord;
import dev.easel.clv.ClvInsights;
import dev.easel.testing.ConsoleTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The auditor's desk on the embedded default: the audit log, a customer's timeline, the exports, the chain and the
 * reports page, for every role (allowed, refused), with CSRF on every form.
 */
@ConsoleTest
class AuditorDeskPagesIT {

    static final List<String> ROLES = PageAccessCases.ROLES;
    static final Set<String> TRAIL_READERS = Set.of("AUDITOR", "COMPLIANCE");
    static final Set<String> REPORT_READERS = Set.of("ANALYST", "COMPLIANCE", "AUDITOR", "ADMIN");
    static final Pattern RECORD_ID = Pattern.compile("id=\"record-(\\d+)\"");
    static final Pattern BADGE = Pattern.compile("<span class=\"badge\">([A-Z_]+)</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ClvInsights insights;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String customerKey;

    @BeforeEach
    void demoScored() throws InterruptedException {
        DemoScored.await(insights);
        // The customer with the most decisions: reading only, so other console tests are not disturbed.
        customerKey = jdbc.sql("""
                SELECT customer_key FROM decision_log WHERE customer_key IS NOT NULL
                 GROUP BY customer_key ORDER BY COUNT(*) DESC, customer_key LIMIT 1
                """).query(String.class).single();
    }

    static Stream<Arguments> pagesAndRoles() {
        Map<String, Set<String>> pages = Map.of(
                "/console/audit", TRAIL_READERS,
                "/console/audit/customers/{key}", TRAIL_READERS,
                "/console/audit/export.csv", TRAIL_READERS,
                "/console/audit/export.json", TRAIL_READERS,
                "/console/audit/chain", TRAIL_READERS,
                "/console/reports", REPORT_READERS);
        return PageAccessCases.of(pages);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("pagesAndRoles")
    void everyDeskPageAnswersTheRolesItIsForAndRefusesTheOthers(String page, String role, boolean allowed)
            throws Exception {
        int status = mvc.perform(get(page.replace("{key}", customerKey)).with(as(role)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(allowed ? 200 : 403);
    }

    @Test
    void anAuditorIsLedFromHomeToTheDeskAndOfferedItsPagesOnly() throws Exception {
        assertThat(mvc.perform(get("/console/home").with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/console/audit");

        String page =
                body(mvc.perform(get("/console/audit").with(as("AUDITOR"))).andReturn());

        assertThat(page)
                .contains("href=\"/console/audit\"")
                .contains("href=\"/console/audit/chain\"")
                .contains("href=\"/console/reports\"")
                .doesNotContain("href=\"/console/customers\"")
                .doesNotContain("href=\"/console/model\"");
        assertThat(body(mvc.perform(get("/console/clv").with(as("ANALYST"))).andReturn()))
                .doesNotContain("href=\"/console/audit\"")
                .contains("href=\"/console/reports\"");
    }

    @Test
    void aSearchByCustomerKeyShowsThatCustomersRecordsWithEveryValueInFull() throws Exception {
        List<DecisionRecord> expected = trail.newestFirst(AuditFilter.ofCustomer(customerKey), Long.MAX_VALUE, 20);

        String page = body(mvc.perform(
                        get("/console/audit").param("customerKey", customerKey).with(as("AUDITOR")))
                .andReturn());

        assertThat(recordIds(page))
                .containsExactlyElementsOf(
                        expected.stream().map(DecisionRecord::id).toList());
        for (DecisionRecord record : expected) {
            assertThat(page).contains(">" + record.hash() + "<").contains(">" + record.previousHash() + "<");
            record.decision().rulesFired().forEach(rule -> assertThat(page).contains(escape(rule)));
            if (record.decision().inputsDigest() != null) {
                assertThat(page).contains(">" + record.decision().inputsDigest() + "<");
            }
            if (record.decision().rulesetVersion() != null) {
                assertThat(page).contains(">" + record.decision().rulesetVersion() + "<");
            }
        }
        assertThat(page).contains("href=\"/console/audit/customers/" + customerKey + "\"");
    }

    @Test
    void searchesByKindActorAndPeriodFindOnlyWhatMatches() throws Exception {
        String byKind = body(
                mvc.perform(get("/console/audit").param("kind", "CLV_PUBLISHED").with(as("AUDITOR")))
                        .andReturn());
        String byActor =
                body(mvc.perform(get("/console/audit").param("actor", "easel").with(as("AUDITOR")))
                        .andReturn());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String thisPeriod = body(mvc.perform(get("/console/audit")
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(as("AUDITOR")))
                .andReturn());
        String future = body(mvc.perform(get("/console/audit")
                        .param("from", today.plusDays(1).toString())
                        .param("to", today.plusDays(2).toString())
                        .with(as("AUDITOR")))
                .andReturn());

        assertThat(badges(byKind)).isNotEmpty().containsOnly("CLV_PUBLISHED");
        assertThat(recordIds(byActor)).isNotEmpty();
        assertThat(byActor.split("<dt>Actor</dt>", -1))
                .hasSize(recordIds(byActor).size() + 1);
        assertThat(byActor).doesNotContain("<dd>auditor (AUDITOR)</dd>");
        assertThat(recordIds(thisPeriod)).hasSize(20);
        assertThat(future).contains("No record matches.");
    }

    @Test
    void badFiltersAreNamedAtTheirFieldsAndNothingIsSearched() throws Exception {
        MvcResult refused = mvc.perform(get("/console/audit")
                        .param("customerKey", "no key!")
                        .param("kind", "CLV_NOPE")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(as("AUDITOR")))
                .andReturn();
        MvcResult badDate = mvc.perform(
                        get("/console/audit").param("from", "30/11/2026").with(as("AUDITOR")))
                .andReturn();
        String page = body(refused);

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(page)
                .containsPattern("id=\"customerKey-error\"[^>]*>a customer key is letters")
                .containsPattern("id=\"kind-error\"[^>]*>not one of \\[CLV_PUBLISHED")
                .containsPattern("id=\"to-error\"[^>]*>must not be before from")
                .contains("value=\"no key!\"");
        assertThat(recordIds(page)).isEmpty();
        assertThat(body(badDate)).containsPattern("id=\"from-error\"[^>]*>a date such as 2026-11-22");
        assertThat(mvc.perform(get("/console/audit/export.csv")
                                .param("kind", "CLV_NOPE")
                                .with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void pagesOfTheLogFollowEachOtherNewestFirstWithoutGapOrOverlap() throws Exception {
        String url = "/console/audit?kind=CLV_PUBLISHED";
        List<Long> seen = new ArrayList<>();
        int pages = 0;
        while (url != null) {
            String page = body(mvc.perform(get(url).with(as("AUDITOR"))).andReturn());
            seen.addAll(recordIds(page));
            Matcher older = Pattern.compile("id=\"older\" rel=\"next\" href=\"([^\"]+)\"")
                    .matcher(page);
            url = older.find() ? older.group(1).replace("&amp;", "&") : null;
            pages++;
        }

        List<Long> expected = jdbc.sql(
                        "SELECT id FROM decision_log WHERE kind = 'CLV_PUBLISHED' AND id <= ? " + "ORDER BY id DESC")
                .param(seen.get(0))
                .query(Long.class)
                .list();
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void theTimelineShowsACustomersDecisionsInTheOrderTheyWereTaken() throws Exception {
        List<Long> newestFirst = trail.newestFirst(AuditFilter.ofCustomer(customerKey), Long.MAX_VALUE, 500).stream()
                .map(DecisionRecord::id)
                .toList();

        String page =
                body(mvc.perform(get("/console/audit/customers/" + customerKey).with(as("COMPLIANCE")))
                        .andReturn());

        assertThat(page).contains("id=\"decision-timeline\"");
        assertThat(recordIds(page)).containsExactlyElementsOf(reversed(newestFirst));
        assertThat(mvc.perform(get("/console/audit/customers/not a key").with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theFilteredRecordsExportAsCsvAndJsonInChainOrder() throws Exception {
        List<DecisionRecord> expected =
                reversed(trail.newestFirst(AuditFilter.ofCustomer(customerKey), Long.MAX_VALUE, 1000));

        MvcResult csv = mvc.perform(get("/console/audit/export.csv")
                        .param("customerKey", customerKey)
                        .with(as("AUDITOR")))
                .andReturn();
        MvcResult jsonFile = mvc.perform(get("/console/audit/export.json")
                        .param("customerKey", customerKey)
                        .with(as("AUDITOR")))
                .andReturn();

        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("audit-log-")
                .endsWith(".csv\"");
        List<String> lines = body(csv).lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "id,recorded_at,kind,actor,actor_role,customer_key,ruleset_version,model_version,inputs_digest,"
                                + "rules_fired,outputs,reason,process_instance,previous_hash,hash");
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i + 1))
                    .startsWith(expected.get(i).id() + ",")
                    .endsWith("," + expected.get(i).previousHash() + ","
                            + expected.get(i).hash());
        }
        List<Map<String, Object>> records =
                json.readValue(jsonFile.getResponse().getContentAsByteArray(), new TypeReference<>() {});
        assertThat(jsonFile.getResponse().getContentType()).startsWith("application/json");
        assertThat(records)
                .extracting(r -> ((Number) r.get("id")).longValue())
                .containsExactlyElementsOf(
                        expected.stream().map(DecisionRecord::id).toList());
        assertThat(records.get(0)).containsKeys("recordedAt", "decision", "previousHash", "hash");
    }

    @Test
    void anAuditorVerifiesTheChainAndTheRunIsKeptInTheHistory() throws Exception {
        long records =
                jdbc.sql("SELECT COUNT(*) FROM decision_log").query(Long.class).single();

        assertThat(mvc.perform(post("/console/audit/chain").with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/console/audit/chain").with(as("ANALYST")).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MvcResult verified = mvc.perform(
                        post("/console/audit/chain").with(as("AUDITOR")).with(csrf()))
                .andReturn();

        String runPage = verified.getResponse().getRedirectedUrl();
        assertThat(runPage).matches("/console/audit/chain\\?run=\\d+");
        String page = body(mvc.perform(get(runPage).with(as("AUDITOR"))).andReturn());
        assertThat(page)
                .contains("<strong class=\"ok\">Intact</strong>")
                .contains("id=\"anchor\"")
                .contains("break(s) found")
                .contains("id=\"verification-history\"")
                .contains("<td>auditor</td>");
        long checked = Long.parseLong(page.replaceAll("(?s).*id=\"records-checked\">([0-9,]+)<.*", "$1")
                .replace(",", ""));
        assertThat(checked).isGreaterThanOrEqualTo(records);
        long runId = Long.parseLong(runPage.substring(runPage.indexOf('=') + 1));
        assertThat(trail.verification(runId)).hasValueSatisfying(run -> {
            assertThat(run.by()).isEqualTo("auditor");
            assertThat(run.intact()).isTrue();
            assertThat(run.recordsChecked()).isEqualTo(checked);
        });
        assertThat(body(mvc.perform(get("/console/audit/chain").with(as("COMPLIANCE")))
                        .andReturn()))
                .contains("href=\"/console/audit/chain?run=" + runId + "\"");
    }

    @Test
    void theReportsPageListsWhatTheRoleMayReadWithAFormAndFormatsForEach() throws Exception {
        String auditor =
                body(mvc.perform(get("/console/reports").with(as("AUDITOR"))).andReturn());
        String analyst =
                body(mvc.perform(get("/console/reports").with(as("ANALYST"))).andReturn());

        assertThat(auditor)
                .contains("id=\"report-decision-audit\"")
                .contains("id=\"report-reconciliation\"")
                .doesNotContain("id=\"report-clv-summary\"")
                .doesNotContain("id=\"report-consent-compliance\"")
                .contains("id=\"decision-audit-customerKey\"")
                .contains("id=\"decision-audit-from\"")
                .contains("type=\"date\"")
                .contains("pattern=\"[A-Za-z0-9_\\-]{1,40}\"")
                .contains("id=\"decision-audit-format-xlsx\"")
                .contains("id=\"decision-audit-format-csv\"")
                .contains("name=\"_csrf\"");
        assertThat(analyst).contains("id=\"report-clv-summary\"").doesNotContain("id=\"report-decision-audit\"");
    }

    @Test
    void aReportWithBadParametersComesBackWithEachProblemAtItsField() throws Exception {
        long rendered = renderedReports();

        MvcResult refused = mvc.perform(post("/console/reports/decision-audit")
                        .param("customerKey", "no key!")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .param("format", "csv")
                        .with(as("AUDITOR"))
                        .with(csrf()))
                .andReturn();
        MvcResult badDate = mvc.perform(post("/console/reports/decision-audit")
                        .param("from", "yesterday")
                        .param("format", "pdf")
                        .with(as("AUDITOR"))
                        .with(csrf()))
                .andReturn();
        MvcResult noFormat = mvc.perform(post("/console/reports/decision-audit")
                        .param("format", "docx")
                        .with(as("AUDITOR"))
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused))
                .containsPattern("id=\"decision-audit-customerKey-error\">must be a customer key")
                .containsPattern("id=\"decision-audit-to-error\">must not be before from")
                .contains("value=\"no key!\"")
                .contains("Not rendered");
        assertThat(body(badDate)).containsPattern("id=\"decision-audit-from-error\">must be a date");
        assertThat(body(noFormat)).containsPattern("id=\"decision-audit-format-error\">choose PDF, XLSX or CSV");
        assertThat(renderedReports()).as("nothing rendered, nothing recorded").isEqualTo(rendered);
    }

    @Test
    void aReportDownloadsInTheChosenFormatOnlyForItsRolesAndOnlyWithTheCsrfToken() throws Exception {
        long rendered = renderedReports();

        assertThat(mvc.perform(post("/console/reports/decision-audit")
                                .param("format", "csv")
                                .with(as("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/console/reports/clv-summary")
                                .param("format", "csv")
                                .with(as("AUDITOR"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MvcResult csv = mvc.perform(post("/console/reports/decision-audit")
                        .param("customerKey", customerKey)
                        .param("from", "")
                        .param("to", "")
                        .param("format", "csv")
                        .with(as("AUDITOR"))
                        .with(csrf()))
                .andReturn();
        MvcResult pdf = mvc.perform(post("/console/reports/reconciliation")
                        .param("format", "pdf")
                        .with(as("AUDITOR"))
                        .with(csrf()))
                .andReturn();

        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("decision-audit-");
        assertThat(body(csv)).contains(customerKey);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(renderedReports()).isEqualTo(rendered + 2);
    }

    private long renderedReports() {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE kind = 'REPORT_RENDERED'")
                .query(Long.class)
                .single();
    }

    private static List<Long> recordIds(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = RECORD_ID.matcher(page);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static List<String> badges(String page) {
        List<String> kinds = new ArrayList<>();
        Matcher matcher = BADGE.matcher(page);
        while (matcher.find()) {
            kinds.add(matcher.group(1));
        }
        return kinds;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    private static RequestPostProcessor as(String role) {
        return user(role.toLowerCase()).roles(role);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
