package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.easel.audit.AuditFixtures;
import dev.easel.audit.DecisionKind;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.rules.RulesInService;
import dev.easel.shared.CsvReader;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports over HTTP on real PostgreSQL, from data sent through the public APIs (customers, consents) and decision
 * records written the way the audit module's listeners write them. Each test names its own customers and reviewer,
 * because the database is shared with the other integration tests.
 */
@PostgresIntegrationTest
class ReportsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AuditFixtures audit;

    @Autowired
    Customers customers;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentRatesOverTime ratesOverTime;

    @Autowired
    RulesInService rules;

    @Autowired
    ConsentComplianceReport consentCompliance;

    private String run;

    @BeforeEach
    void newRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void decisionAuditShowsEachDecisionWithValuesBeforeAndAfterAndTheChainVerification() throws IOException {
        String customer = "cus_audit_" + run;
        publishedThenFlaggedAndApproved(customer, "reviewer-" + run);

        String pdf = pdfText(get("auditor", "decision-audit", "pdf", "customerKey=" + customer));

        assertThat(pdf)
                .contains(
                        "Decision audit",
                        "Hash chain verification: intact",
                        "customerKey=" + customer,
                        "CLV_PUBLISHED",
                        "CLV_FLAGGED",
                        "CLV_APPROVED",
                        "120.50",
                        "480.00",
                        "Page 1 of 1",
                        "4 decision record(s).");
    }

    @Test
    void decisionAuditPrintsKeysRulesVersionsAndHashesInFullWithTheReviewersReason() throws IOException {
        // As long as a real key (cus_ and 22 characters) and longer: it must wrap, not be cut.
        String customer = "cus_wgct3a62vpbdw0dmpjrfb8wp0c" + run;
        publishedThenFlaggedAndApproved(customer, "reviewer-" + run);
        List<String> hashes = jdbc.sql("SELECT hash FROM decision_log WHERE customer_key = ? ORDER BY id")
                .param(customer)
                .query(String.class)
                .list();

        ResponseEntity<byte[]> response = get("auditor", "decision-audit", "pdf", "customerKey=" + customer);
        PdfPages.keep("decision-audit.pdf", response.getBody());
        // Wrapped values continue on the next line: compare the text without line breaks.
        String text = PdfPages.read(response.getBody()).all().replaceAll("\\s*\\R\\s*", "");

        assertThat(text)
                .contains(
                        customer,
                        "Reason (reviewer's on reviews)",
                        "school order confirmed",
                        "Currency",
                        "Returns do not count toward CLV",
                        "A CLV that more than triples is reviewed");
        assertThat(hashes).hasSize(4).allSatisfy(hash -> assertThat(text).contains(hash));
        assertThat(text).doesNotContain("Cur.").doesNotContainPattern("\\d\\.\\d\\dEUR");
        List<String[]> rows = csv(get("auditor", "decision-audit", "csv", "customerKey=" + customer));
        assertThat(rows.get(0)).endsWith("reason");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row).contains("CLV_APPROVED").endsWith("school order confirmed"));
    }

    @Test
    void decisionAuditCsvHoldsTheRowsTheDatabaseHolds() throws IOException {
        String customer = "cus_csv_" + run;
        publishedThenFlaggedAndApproved(customer, "reviewer-" + run);

        long inDatabase = jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE customer_key = ?")
                .param(customer)
                .query(Long.class)
                .single();

        List<String[]> rows = csv(get("compliance", "decision-audit", "csv", "customerKey=" + customer));

        assertThat(rows.get(0))
                .startsWith(
                        "record",
                        "recordedAt",
                        "actor",
                        "actorRole",
                        "kind",
                        "customerKey",
                        "valueBefore",
                        "valueAfter");
        assertThat(rows).hasSize((int) inDatabase + 1);
        BigDecimal sumAfter = rows.stream()
                .skip(1)
                .map(row -> row[7])
                .filter(cell -> !cell.isEmpty())
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumAfter).isEqualByComparingTo("1080.50");
    }

    @Test
    void everyReportRendersInEveryFormat() {
        publishedThenFlaggedAndApproved("cus_formats_" + run, "reviewer-" + run);
        Map<String, String> readers = Map.of(
                "decision-audit", "auditor", "review-outcomes", "compliance", "consent-compliance", "compliance");

        readers.forEach((report, user) -> {
            for (ReportFormat format : ReportFormat.values()) {
                ResponseEntity<byte[]> response = get(user, report, format.extension(), "");
                assertThat(response.getStatusCode()).as(report + " " + format).isEqualTo(HttpStatus.OK);
                assertThat(response.getHeaders().getContentType().toString())
                        .startsWith(format.mediaType().split(";")[0]);
                assertThat(response.getBody()).as(report + " " + format).isNotEmpty();
            }
        });
    }

    @Test
    void reviewOutcomesCountsEachReviewersDecisionsAndEscalations() throws IOException {
        String reviewer = "reviewer-" + run;
        publishedThenFlaggedAndApproved("cus_review_" + run, reviewer);

        String pdf = pdfText(get("compliance", "review-outcomes", "pdf", ""));

        assertThat(pdf)
                .contains(
                        "Reviewer: " + reviewer,
                        reviewer + ": 1 flagged, 1 approved, 0 rejected, 1 escalated",
                        "APPROVED");
    }

    @Test
    void consentComplianceCountsConsentPerPurposeAndJurisdictionAndHonouredWithdrawals() throws IOException {
        String given = customer("ca-given-" + run);
        String withdrawn = customer("ca-withdrawn-" + run);
        consent("ca-given-" + run, "GIVEN", "2026-10-01T09:00:00Z");
        consent("ca-withdrawn-" + run, "GIVEN", "2026-10-01T09:00:00Z");
        consent("ca-withdrawn-" + run, "WITHDRAWN", "2026-10-05T09:00:00Z");

        List<String[]> rows = csv(get("compliance", "consent-compliance", "csv", ""));
        ResponseEntity<byte[]> document = get("compliance", "consent-compliance", "pdf", "");
        String pdf = pdfText(document);
        PdfPages pages = PdfPages.read(document.getBody());
        PdfPages.keep("consent-compliance.pdf", document.getBody());

        long customersInDatabase =
                jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
        long givenInDatabase = jdbc.sql("""
                SELECT COUNT(*) FROM customers c WHERE (SELECT e.status FROM consent_events e
                 WHERE e.customer_key = c.customer_key AND e.purpose = 'clv-profiling'
                 ORDER BY e.captured_at DESC, e.id DESC LIMIT 1) = 'GIVEN'""").query(Long.class).single();
        List<String[]> rates = rows.stream()
                .filter(row -> row[0].startsWith("1 ") && row[1].equals("clv-profiling"))
                .toList();
        assertThat(rates.stream().mapToLong(row -> Long.parseLong(row[5])).sum())
                .isEqualTo(customersInDatabase);
        assertThat(rates.stream().mapToLong(row -> Long.parseLong(row[4])).sum())
                .isEqualTo(givenInDatabase);
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .startsWith(
                                "2 Withdrawals, objections, opt-outs and GPC signals received",
                                "clv-profiling",
                                "WITHDRAWN",
                                "honoured"));
        assertThat(pdf).contains("Consent compliance", "Consent rate by purpose and jurisdiction", "FR", "Page 1 of");
        assertThat(given).isNotEqualTo(withdrawn);
        int charts = pages.pageWith("Consent to CLV profiling by jurisdiction family");
        assertThat(charts).as("the page of the consent rates chart").isNotNegative();
        assertThat(pages.images().get(charts)).as("images on the chart page").isEqualTo(1);
    }

    @Test
    void consentRatesInOnePassAreTheCountsCustomerByCustomerPerPurposeAndJurisdiction() {
        String withdrawn = "cr-withdrawn-" + run;
        String regained = "cr-regained-" + run;
        String sameInstant = "cr-same-instant-" + run;
        String marketing = "cr-marketing-" + run;
        customer(withdrawn, "US", "US-CO");
        customer(regained, "US", "US-CO");
        customer(sameInstant, "CA", "CA-QC");
        customer(marketing, "CA", "CA-QC");
        customer("cr-silent-" + run, "CA", "CA-QC");
        consent(withdrawn, "clv-profiling", "GIVEN", "2026-10-01T09:00:00Z");
        consent(withdrawn, "clv-profiling", "WITHDRAWN", "2026-10-05T09:00:00Z");
        consent(regained, "clv-profiling", "WITHDRAWN", "2026-10-01T09:00:00Z");
        consent(regained, "clv-profiling", "GIVEN", "2026-10-20T09:00:00Z");
        // Two choices at the same instant: the one recorded last is the latest.
        consent(sameInstant, "clv-profiling", "GIVEN", "2026-10-03T09:00:00Z");
        consent(sameInstant, "clv-profiling", "WITHDRAWN", "2026-10-03T09:00:00Z");
        consent(marketing, "marketing-sync", "GIVEN", "2026-10-02T09:00:00Z");
        consent(marketing, "clv-profiling", "OBJECTED", "2026-10-02T09:00:00Z");
        // The period ends after tomorrow, so that the customers made today count.
        java.time.LocalDate lastDay =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        ReportArguments period = ReportArguments.read(consentCompliance.parameters(), Map.of("to", lastDay.toString()));
        OffsetDateTime end = lastDay.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);

        // Brute force: each customer's latest choice per purpose before the end, counted in Java.
        Map<List<String>, long[]> expected = new java.util.TreeMap<>(java.util.Comparator.comparing(List::toString));
        for (String purpose : List.of("clv-profiling", "marketing-sync")) {
            jdbc.sql("""
                    SELECT c.country, c.region,
                           (SELECT e.status FROM consent_events e
                             WHERE e.customer_key = c.customer_key AND e.purpose = ? AND e.captured_at < ?
                             ORDER BY e.captured_at DESC, e.id DESC LIMIT 1) AS latest
                      FROM customers c WHERE c.created_at < ?""").params(purpose, end, end).query((org.springframework.jdbc.core.RowCallbackHandler) row -> {
                String country = row.getString("country").trim();
                String region = row.getString("region");
                String scope =
                        region == null ? country : region.startsWith(country + "-") ? region : country + "-" + region;
                long[] counts = expected.computeIfAbsent(List.of(purpose, scope), key -> new long[2]);
                counts[0] += "GIVEN".equals(row.getString("latest")) ? 1 : 0;
                counts[1]++;
            });
        }

        Map<List<String>, long[]> onePass = sectionOne(consentCompliance.query(period, true));
        Map<List<String>, long[]> perCustomer = sectionOne(consentCompliance.query(period, false));

        assertThat(onePass.keySet()).isEqualTo(expected.keySet()).isEqualTo(perCustomer.keySet());
        expected.forEach((purposeAndScope, counts) -> {
            assertThat(onePass.get(purposeAndScope))
                    .as("one pass, " + purposeAndScope)
                    .containsExactly(counts);
            assertThat(perCustomer.get(purposeAndScope))
                    .as("per customer, " + purposeAndScope)
                    .containsExactly(counts);
        });
        assertThat(expected.get(List.of("clv-profiling", "CA-QC"))[1]).isGreaterThanOrEqualTo(3);
    }

    /** Section 1's rows of a form of the report's query: (purpose, scope) to (consenting, customers). */
    private Map<List<String>, long[]> sectionOne(ReportQuery query) {
        Map<List<String>, long[]> rows = new java.util.HashMap<>();
        jdbc.sql(query.sql()).params(query.parameters()).query((org.springframework.jdbc.core.RowCallbackHandler)
                row -> {
                    if (row.getString("section").startsWith("1 ")) {
                        rows.put(
                                List.of(row.getString("purpose"), row.getString("scope")),
                                new long[] {row.getLong("figure"), row.getLong("base")});
                    }
                });
        return rows;
    }

    @Test
    void consentRatesOverTimeAreEachFamilysShareConsentingAtEachMonthsEnd() {
        customer("ca-month-given-" + run);
        customer("ca-month-withdrawn-" + run);
        consent("ca-month-given-" + run, "GIVEN", "2026-08-20T09:00:00Z");
        consent("ca-month-withdrawn-" + run, "GIVEN", "2026-08-21T09:00:00Z");
        consent("ca-month-withdrawn-" + run, "WITHDRAWN", "2026-09-03T09:00:00Z");
        OffsetDateTime end = OffsetDateTime.parse("2026-10-01T00:00:00Z");

        DefaultCategoryDataset chart = ratesOverTime.monthly(end);

        assertThat(chart.getColumnKeys()).last().isEqualTo("2026-09");
        assertThat(chart.getRowKeys()).contains("EU, EEA and UK");
        ConsentRatesOverTime.JurisdictionFamilies families =
                new ConsentRatesOverTime.JurisdictionFamilies(rules.jurisdictions());
        for (String month : List.of("2026-08", "2026-09")) {
            OffsetDateTime monthEnd =
                    OffsetDateTime.parse(month + "-01T00:00:00Z").plusMonths(1);
            // Brute force, customer by customer: each one's latest choice before the month's end, grouped in Java.
            Map<String, long[]> expected = new java.util.TreeMap<>();
            jdbc.sql("""
                    SELECT c.country, c.region,
                           (SELECT e.status FROM consent_events e
                             WHERE e.customer_key = c.customer_key AND e.purpose = 'clv-profiling'
                               AND e.captured_at < ? ORDER BY e.captured_at DESC, e.id DESC LIMIT 1) AS latest
                      FROM customers c""").param(monthEnd).query((org.springframework.jdbc.core.RowCallbackHandler) row -> {
                if (row.getString("latest") != null) {
                    long[] counts = expected.computeIfAbsent(
                            families.of(row.getString("country"), row.getString("region")), f -> new long[2]);
                    counts[0] += row.getString("latest").equals("GIVEN") ? 1 : 0;
                    counts[1]++;
                }
            });
            expected.forEach(
                    (family, counts) -> assertThat(chart.getValue(family, month).doubleValue())
                            .as(family + " " + month)
                            .isCloseTo((double) counts[0] / counts[1], within(1e-9)));
        }
    }

    @Test
    void badParametersAreNamedInAProblemAndNothingIsRecorded() {
        long before = reportRecords();

        ResponseEntity<String> badDate = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/reports/decision-audit?format=pdf&from=yesterday&colour=blue", String.class);
        ResponseEntity<String> badFormat = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/reports/decision-audit?format=doc", String.class);
        ResponseEntity<String> unknown =
                http.withBasicAuth("auditor", "demo").getForEntity("/api/reports/salaries", String.class);

        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badDate.getBody()).contains("\"field\":\"from\"", "\"field\":\"colour\"");
        assertThat(badFormat.getBody()).contains("\"field\":\"format\"");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reportRecords()).isEqualTo(before);
    }

    @Test
    void aRoleWithoutAccessIsForbidden() {
        ResponseEntity<String> analyst = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/reports/decision-audit?format=csv", String.class);
        ResponseEntity<String> auditor = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/reports/review-outcomes?format=csv", String.class);

        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachRenderedReportIsRecordedInTheAuditTrailWithItsParametersAndRows() {
        String customer = "cus_recorded_" + run;
        publishedThenFlaggedAndApproved(customer, "reviewer-" + run);

        get("auditor", "decision-audit", "csv", "customerKey=" + customer + "&from=2026-01-01");

        Map<String, Object> record = jdbc.sql("""
                SELECT actor, actor_role, outputs FROM decision_log
                 WHERE kind = 'REPORT_RENDERED' AND customer_key = ? ORDER BY id DESC LIMIT 1""").param(customer).query().singleRow();
        assertThat(record).containsEntry("actor", "auditor").containsEntry("actor_role", "AUDITOR");
        assertThat((String) record.get("outputs"))
                .contains(
                        "\"report\":\"decision-audit\"",
                        "\"format\":\"csv\"",
                        "\"customerKey\":\"" + customer + "\"",
                        "\"from\":\"2026-01-01\"",
                        "\"rows\":4");
    }

    private void publishedThenFlaggedAndApproved(String customer, String reviewer) {
        audit.record(
                DecisionKind.CLV_PUBLISHED,
                "easel",
                "SYSTEM",
                customer,
                Map.of("currency", "EUR", "totalClv", "120.50", "status", "PUBLISHED"),
                List.of("Returns do not count toward CLV"),
                "first value");
        audit.record(
                DecisionKind.CLV_FLAGGED,
                "easel",
                "SYSTEM",
                customer,
                Map.of("currency", "EUR", "totalClv", "480.00", "status", "FLAGGED"),
                List.of("A CLV that more than triples is reviewed"),
                "spike");
        audit.record(DecisionKind.CLV_ESCALATED, "easel", "SYSTEM", customer, Map.of(), List.of(), "overdue");
        audit.record(
                DecisionKind.CLV_APPROVED,
                reviewer,
                "COMPLIANCE",
                customer,
                Map.of("currency", "EUR", "totalClv", "480.00", "status", "PUBLISHED"),
                List.of(),
                "school order confirmed");
    }

    private ResponseEntity<byte[]> get(String user, String report, String format, String parameters) {
        return http.withBasicAuth(user, "demo")
                .getForEntity(
                        "/api/reports/" + report + "?format=" + format + (parameters.isEmpty() ? "" : "&" + parameters),
                        byte[].class);
    }

    private long reportRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE kind = 'REPORT_RENDERED'")
                .query(Long.class)
                .single();
    }

    private String customer(String sourceId) {
        return customer(sourceId, "FR", null);
    }

    private String customer(String sourceId, String country, String region) {
        return customers
                .record(new CustomerRequest(
                        sourceId, "INDIVIDUAL", country, region, null, null, null, null, null, null, "WEB"))
                .customerKey();
    }

    private void consent(String sourceId, String status, String capturedAt) {
        consent(sourceId, "clv-profiling", status, capturedAt);
    }

    private void consent(String sourceId, String purpose, String status, String capturedAt) {
        consents.record(
                new ConsentSubmission(
                        sourceId,
                        purpose,
                        status,
                        "CONSENT",
                        OffsetDateTime.parse(capturedAt),
                        "web-form",
                        "privacy-2026-01",
                        "I agree.",
                        null),
                "ingest");
    }

    static String pdfText(ResponseEntity<byte[]> response) throws IOException {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String[]> csv(ResponseEntity<byte[]> response) throws IOException {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        CsvReader reader = new CsvReader(
                new StringReader(new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8)));
        List<String[]> rows = new ArrayList<>();
        for (String[] row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
