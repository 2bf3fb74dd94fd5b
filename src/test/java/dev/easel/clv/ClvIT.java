package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.audit.AuditQuery;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.Orders;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CLV on real PostgreSQL over a small generated marketplace: the fit, batch runs (once, repeated, resumed),
 * single recalculations with review, suppression, the API and its roles, and the audit trail.
 */
@PostgresIntegrationTest
class ClvIT {

    private static boolean loaded;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRuns runs;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    ClvRecalculation recalculation;

    @Autowired
    Orders orders;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @BeforeEach
    void marketplaceAndFit() throws Exception {
        synchronized (ClvIT.class) {
            if (!loaded) {
                Path folder = DemoLedger.generate(320, Files.createTempDirectory("clv-it-"));
                DemoLedger.load(folder, imports, consents, false);
                fits.fitNow(ModelTimeUnit.DAYS, null, "admin");
                loaded = true;
            }
        }
    }

    @Test
    void storesAFitAndServesItToAnalysts() {
        ResponseEntity<JsonNode> fitted = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/model/fits", Map.of("timeUnit", "WEEKS", "calibrationEnd", "2026-10-31"), JsonNode.class);
        assertThat(fitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fitted.getBody().get("status").asText()).isEqualTo("FITTED");
        assertThat(fitted.getBody().get("timeUnit").asText()).isEqualTo("WEEKS");
        assertThat(fitted.getBody().get("parameters").get("r").asDouble()).isPositive();
        assertThat(fitted.getBody().get("parameters").get("q").asDouble()).isGreaterThan(1.0);

        ResponseEntity<JsonNode> latest =
                http.withBasicAuth("analyst", "demo").getForEntity("/api/model/fits/latest", JsonNode.class);
        assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latest.getBody().get("version").asText())
                .isEqualTo(fitted.getBody().get("version").asText());
        assertThat(fits.current().orElseThrow().version())
                .isEqualTo(fitted.getBody().get("version").asText());
        assertThat(audit.find(new AuditQuery(null, DecisionKind.MODEL_FITTED, null, null, 0, 100)))
                .anyMatch(record -> fitted.getBody()
                        .get("version")
                        .asText()
                        .equals(record.decision().modelVersion()));
    }

    @Test
    void aOneOrderCustomerGetsExpectedOrdersButNoPAliveOrNextOrderDateAndTheExplanationSaysWhy() {
        BatchRun run = runner.runAll("admin");
        String key = jdbc.sql("SELECT customer_key FROM clv_results WHERE run_id = ? AND status = 'PUBLISHED' "
                        + "AND NOT historic_only AND historic_orders = 1 LIMIT 1")
                .param(run.runId())
                .query(String.class)
                .single();

        JsonNode body = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/customers/" + key + "/clv", JsonNode.class)
                .getBody();
        assertThat(body.hasNonNull("expectedOrders")).isTrue();
        assertThat(body.hasNonNull("predicted")).isTrue();
        assertThat(body.hasNonNull("probabilityAlive")).isFalse();
        assertThat(body.hasNonNull("churnBand")).isFalse();
        assertThat(body.hasNonNull("expectedDateOfNextOrder")).isFalse();

        JsonNode why = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/customers/" + key + "/clv/explanation", JsonNode.class)
                .getBody();
        assertThat(why.at("/model/oneOrderCustomer").asText())
                .contains("one order so far")
                .contains("P(alive) and the next-order date are withheld");
    }

    @Test
    void theStoredFitSaysWhatItCanBeTrustedFor() {
        StoredFit fit = fits.current().orElseThrow();

        assertThat(fit.diagnostics()).containsKeys("fitStatus", "dataSufficiency");
        assertThat(String.valueOf(fit.diagnostics().get("fitStatus"))).containsAnyOf("CONVERGED", "AT_BOUNDARY");
        assertThat(String.valueOf(fit.diagnostics().get("dataSufficiency"))).containsAnyOf("SUFFICIENT", "LIMITED");
    }

    @Test
    void evaluatesTheModelOnAHoldoutOfTheLedger() {
        ResponseEntity<JsonNode> report = http.withBasicAuth("analyst", "demo")
                .postForEntity(
                        "/api/model/evaluations",
                        Map.of("calibrationEnd", "2026-04-30", "holdoutEnd", "2026-10-31"),
                        JsonNode.class);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody().get("customers").asInt()).isPositive();
        assertThat(report.getBody().get("byFrequency").size()).isPositive();
    }

    @Test
    void aBatchRunGivesExactlyOneResultPerCustomer() {
        BatchRun run = runner.runAll("admin");

        assertThat(run.status()).isEqualTo("FINISHED");
        assertThat(run.chunks()).isGreaterThan(1);
        assertThat(run.chunksDone()).isEqualTo(run.chunks());
        assertThat(run.customersDone()).isEqualTo(run.customers());
        assertThat(run.published() + run.flagged() + run.suppressed()).isEqualTo(run.customers());
        assertThat(resultsOf(run.runId())).isEqualTo(run.customers());
        assertThat(distinctCustomersOf(run.runId())).isEqualTo(run.customers());
        assertThat(run.published()).isPositive();
    }

    @Test
    void aRunScoringWithTheEvaluationsKeptByItsFitGivesWhatEvaluatingAgainGives() throws Exception {
        fits.fitNow(ModelTimeUnit.DAYS, null, "admin");

        BatchRun withKept = runner.runAll("admin");
        BatchRun evaluatedAgain = runner.runAll("admin");

        assertThat(json.readTree(summaryOf(withKept))
                        .get("evaluationsKeptByTheFit")
                        .asLong())
                .isEqualTo(withKept.customers());
        assertThat(json.readTree(summaryOf(evaluatedAgain))
                        .get("evaluationsKeptByTheFit")
                        .asLong())
                .isZero();
        assertThat(comparableResults(withKept))
                .hasSize((int) withKept.customers())
                .isEqualTo(comparableResults(evaluatedAgain));
    }

    @Test
    void aCustomerChangedAfterTheFitIsEvaluatedAgainInTheRun() throws Exception {
        String sourceId = eligibleSourceId(60);
        fits.fitNow(ModelTimeUnit.DAYS, null, "admin");
        consents.record(
                new ConsentSubmission(
                        sourceId,
                        "clv-profiling",
                        "OBJECTED",
                        "LEGITIMATE_INTEREST",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                        "privacy-centre",
                        "2026.2",
                        "I object to Easel estimating my customer value.",
                        null),
                "it");

        BatchRun run = runner.runAll("admin");

        assertThat(json.readTree(summaryOf(run)).get("evaluationsKeptByTheFit").asLong())
                .isEqualTo(run.customers() - 1);
        assertThat(jdbc.sql("SELECT status FROM clv_results WHERE run_id = ? AND customer_key = ?")
                        .params(run.runId(), keyOf(sourceId))
                        .query(String.class)
                        .single())
                .isEqualTo("SUPPRESSED");
    }

    @Test
    void aCustomerWhoAlsoPaidInACurrencyWithoutAnExchangeRateIsHistoricOnlyWithTheReason() throws Exception {
        String sourceId = eligibleSourceId(120);
        orders.record(new OrderRequest(
                "it-chf-1",
                sourceId,
                "WEB",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                "CHF",
                "easel",
                List.of(),
                List.of(new OrderRequest.Line(
                        1,
                        "PNT-IT-CHF",
                        "PAINTS",
                        1,
                        new java.math.BigDecimal("25.00"),
                        java.math.BigDecimal.ZERO,
                        null))));

        ClvCandidate candidate = recalculation.compute(keyOf(sourceId), "pi-chf");

        Map<String, Object> row = jdbc.sql("SELECT currency, historic, predicted, total, historic_only, explanation "
                        + "FROM clv_results WHERE id = ?")
                .param(candidate.candidateId())
                .query()
                .singleRow();
        assertThat(row.get("currency")).isNull();
        assertThat(row.get("historic")).isNull();
        assertThat(row.get("predicted")).isNull();
        assertThat(row.get("total")).isNull();
        assertThat(row.get("historic_only")).isEqualTo(true);
        JsonNode explanation = json.readTree((String) row.get("explanation"));
        assertThat(explanation.get("historicOnlyReason").asText()).isEqualTo("NO_EXCHANGE_RATE");
        assertThat(explanation.get("currenciesWithoutExchangeRate").toString()).contains("CHF");
    }

    @Test
    void aChunkProcessedTwiceChangesNothing() {
        BatchRun run = runs.plan("admin", "pi-twice");
        ChunkResult first = runs.processChunk(run.runId(), 0);
        long rows = resultsOf(run.runId());
        long records = auditRecords();

        ChunkResult second = runs.processChunk(run.runId(), 0);

        assertThat(first.customers()).isPositive();
        assertThat(second.customers()).isZero();
        assertThat(resultsOf(run.runId())).isEqualTo(rows);
        assertThat(auditRecords()).isEqualTo(records);
    }

    @Test
    void anInterruptedRunResumedGivesExactlyOneResultEach() {
        BatchRun run = runs.plan("admin", null);
        runs.processChunk(run.runId(), 0);
        runs.processChunk(run.runId(), 2);

        BatchRun resumed = runner.resume(run.runId());

        assertThat(resumed.status()).isEqualTo("FINISHED");
        assertThat(resultsOf(run.runId())).isEqualTo(run.customers());
        assertThat(distinctCustomersOf(run.runId())).isEqualTo(run.customers());
    }

    @Test
    void aSuppressedCustomerGetsNoPredictedClv() {
        String key = keyOf("web-3");
        consents.record(
                new ConsentSubmission(
                        "web-3",
                        "clv-profiling",
                        "WITHDRAWN",
                        "CONSENT",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                        "privacy-centre",
                        "2026.2",
                        "I no longer agree that Easel estimates my customer value.",
                        null),
                "it");

        ConsentGate gate = recalculation.checkConsent(key);
        assertThat(gate.allowsProfiling()).isFalse();
        recalculation.suppress(key, gate, "pi-suppress");

        CurrentClv current = recalculation.current(key).orElseThrow();
        assertThat(current.status()).isEqualTo(CurrentStatus.SUPPRESSED);
        assertThat(current.predicted()).isNull();
        assertThat(current.total()).isNull();
        BatchRun run = runner.runAll("admin");
        assertThat(jdbc.sql("SELECT status, predicted FROM clv_results WHERE run_id = ? AND customer_key = ?")
                        .params(run.runId(), key)
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getBigDecimal(2))
                        .single())
                .isEqualTo("SUPPRESSED/null");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clv_results WHERE status = 'SUPPRESSED' AND predicted IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit.find(new AuditQuery(key, DecisionKind.CLV_SUPPRESSED, null, null, 0, 10)))
                .isNotEmpty();
    }

    @Test
    void aRecalculatedCustomerIsPublishedOrReviewedAndARejectionKeepsThePreviousValue() {
        String key = eligibleCustomer();
        ClvCandidate first = recalculation.compute(key, "pi-1");
        recalculation.publishWithoutReview(first.candidateId(), "pi-1");
        assertThat(recalculation.current(key).orElseThrow().total()).isEqualByComparingTo(first.total());

        ClvCandidate second = recalculation.compute(key, "pi-2");
        ReviewCheck check = recalculation.checkForReview(second.candidateId());
        ReviewEvidence evidence = recalculation.evidence(second.candidateId());
        recalculation.recordEscalation(second.candidateId(), "pi-2");
        recalculation.reject(second.candidateId(), "compliance", "one refund away from collapse", "pi-2");

        CurrentClv current = recalculation.current(key).orElseThrow();
        assertThat(current.status()).isEqualTo(CurrentStatus.PUBLISHED);
        assertThat(current.total()).isEqualByComparingTo(first.total());
        assertThat(evidence.previousTotal()).isEqualByComparingTo(first.total());
        assertThat(evidence.orderIds()).isNotEmpty();
        assertThat(check.candidateId()).isEqualTo(second.candidateId());
        List<DecisionKind> kinds = audit.find(new AuditQuery(key, null, null, null, 0, 100)).stream()
                .map(record -> record.decision().kind())
                .toList();
        assertThat(kinds).contains(DecisionKind.CLV_PUBLISHED, DecisionKind.CLV_ESCALATED, DecisionKind.CLV_REJECTED);
    }

    @Test
    void decisionsLandInTheAuditTrailAndTheChainVerifies() {
        BatchRun run = runner.runAll("admin");
        String key = jdbc.sql("SELECT customer_key FROM clv_results WHERE run_id = ? AND status = 'PUBLISHED' LIMIT 1")
                .param(run.runId())
                .query(String.class)
                .single();

        List<DecisionRecord> records = audit.find(new AuditQuery(key, DecisionKind.CLV_PUBLISHED, null, null, 0, 100));

        assertThat(records).anySatisfy(record -> {
            assertThat(record.decision().inputsDigest()).hasSize(64);
            assertThat(record.decision().rulesetVersion()).isEqualTo(run.rulesetVersion());
            assertThat(record.decision().modelVersion()).isEqualTo(run.modelVersion());
            assertThat(record.decision().rulesFired()).isNotEmpty();
            assertThat(record.decision().outputs()).containsEntry("runId", run.runId());
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void servesTheCurrentClvAndItsExplanationToTheirRoles() {
        BatchRun run = runner.runAll("admin");
        String key = jdbc.sql("SELECT customer_key FROM clv_results WHERE run_id = ? AND status = 'PUBLISHED' "
                        + "AND NOT historic_only AND probability_alive IS NOT NULL LIMIT 1")
                .param(run.runId())
                .query(String.class)
                .single();

        ResponseEntity<JsonNode> clv =
                http.withBasicAuth("analyst", "demo").getForEntity("/api/customers/" + key + "/clv", JsonNode.class);
        assertThat(clv.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = clv.getBody();
        for (String field : List.of(
                "historic",
                "predicted",
                "total",
                "probabilityAlive",
                "churnProbability",
                "churnBand",
                "expectedOrders",
                "expectedSpendPerOrder",
                "expectedDateOfNextOrder",
                "historicNumberOfOrders",
                "averageOrderValue",
                "rulesetVersion",
                "modelVersion")) {
            assertThat(body.hasNonNull(field)).as(field).isTrue();
        }
        assertThat(body.get("status").asText()).isEqualTo("PUBLISHED");

        ResponseEntity<JsonNode> why = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/customers/" + key + "/clv/explanation", JsonNode.class);
        assertThat(why.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(why.getBody().get("eligibility").get("status").asText()).isIn("ELIGIBLE", "RENEWAL_DUE");
        assertThat(why.getBody().get("model").get("version").asText()).isEqualTo(run.modelVersion());
        assertThat(why.getBody().get("review").get("outcome").asText()).isEqualTo("PUBLISHED");

        assertThat(status("auditor", HttpMethod.GET, "/api/customers/" + key + "/clv"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("analyst", HttpMethod.GET, "/api/customers/" + key + "/clv/explanation"))
                .isEqualTo(HttpStatus.OK);
        assertThat(status("ingest", HttpMethod.GET, "/api/customers/" + key + "/clv/explanation"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("analyst", HttpMethod.POST, "/api/model/fits")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("compliance", HttpMethod.GET, "/api/model/fits/latest"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("analyst", HttpMethod.GET, "/api/customers/cus_nobody/clv"))
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private HttpStatus status(String user, HttpMethod method, String path) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo")
                .exchange(path, method, HttpEntity.EMPTY, String.class)
                .getStatusCode()
                .value());
    }

    private String eligibleSourceId(int from) {
        for (int n = from; n < from + 100; n++) {
            String key = jdbc.sql("SELECT c.customer_key FROM customer_source_ids s JOIN customers c "
                            + "ON c.id = s.customer_id WHERE s.source_id = ?")
                    .param("web-" + n)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (key != null && recalculation.checkConsent(key).allowsProfiling()) {
                return "web-" + n;
            }
        }
        throw new AssertionError("no eligible demo customer among web-" + from + " to web-" + (from + 99));
    }

    private String eligibleCustomer() {
        for (int n = 5; n < 100; n++) {
            String key = jdbc.sql("SELECT c.customer_key FROM customer_source_ids s JOIN customers c "
                            + "ON c.id = s.customer_id WHERE s.source_id = ?")
                    .param("web-" + n)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (key != null && recalculation.checkConsent(key).allowsProfiling()) {
                return key;
            }
        }
        throw new AssertionError("no eligible demo customer among web-5 to web-99");
    }

    private String summaryOf(BatchRun run) {
        return jdbc.sql("SELECT summary FROM clv_batch_runs WHERE run_id = ?")
                .param(run.runId())
                .query(String.class)
                .single();
    }

    /** Per customer, everything a result says except its review, which depends on the value published before. */
    private Map<String, String> comparableResults(BatchRun run) {
        Map<String, String> results = new java.util.TreeMap<>();
        jdbc.sql("SELECT customer_key, eligibility, currency, historic, predicted, total, historic_orders, "
                        + "expected_orders, probability_alive, expected_spend, next_order_on, historic_only, frequency, "
                        + "recency, age, mean_repeat_spend, largest_order_share, ruleset_version, model_version, "
                        + "inputs_digest, explanation FROM clv_results WHERE run_id = ?")
                .param(run.runId())
                .query((rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int column = 2; column <= 20; column++) {
                        row.append(rs.getString(column)).append('|');
                    }
                    try {
                        com.fasterxml.jackson.databind.node.ObjectNode explanation =
                                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(rs.getString(21));
                        explanation.remove("review");
                        row.append(explanation);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return results.put(rs.getString(1), row.toString());
                })
                .list();
        return results;
    }

    private long resultsOf(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM clv_results WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }

    private long distinctCustomersOf(String runId) {
        return jdbc.sql("SELECT COUNT(DISTINCT customer_key) FROM clv_results WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }

    private long auditRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log").query(Long.class).single();
    }

    private String keyOf(String sourceId) {
        return jdbc.sql("SELECT c.customer_key FROM customer_source_ids s JOIN customers c ON c.id = s.customer_id "
                        + "WHERE s.source_id = ?")
                .param(sourceId)
                .query(String.class)
                .single();
    }
}
