package dev.easel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.FitCandidates;
import dev.easel.clv.FitImpact;
import dev.easel.clv.FitVersion;
import dev.easel.clv.ModelFits;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ChurnBand;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.Consents;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refit held as a candidate fit on real PostgreSQL: it serves nobody until promoted, its impact report counts what
 * batch runs before and after its promotion tell apart, its shadow run leaves no trace but its report, the one who
 * asked for it cannot promote it, and a rollback gives the earlier fit's predictions again. Each test ends with the
 * fit it started with serving.
 */
@PostgresIntegrationTest
class ModelCandidatesIT {

    /** Tables a shadow evaluation must leave as they were. */
    private static final List<String> SHADOW_TABLES = List.of(
            "clv_results",
            "clv_current",
            "clv_batch_runs",
            "clv_model_fits",
            "outbox",
            "klaviyo_outbox",
            "workflow_handoffs",
            "recalculation_requests",
            "clv_fit_promotions");

    private static String original;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    ModelFits fits;

    @Autowired
    FitCandidates candidates;

    @Autowired
    FitPromotionDesk desk;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    AuditTrail audit;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void marketplaceAndAFitInService() throws Exception {
        synchronized (ModelCandidatesIT.class) {
            // The marketplace other tests on this database load is the same one: load it only when it is not there.
            if (jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single() < 320) {
                Path folder = DemoLedger.generate(320, Files.createTempDirectory("model-candidates-it-"));
                DemoLedger.load(folder, imports, consents, false);
            }
            if (original == null) {
                // Fitted as the scheduled refit does, so that administrators may roll back to it.
                original = fits.fitNow(ModelTimeUnit.DAYS, null, "easel").version();
            }
        }
        if (!original.equals(serving())) {
            desk.promote(original, null, "it-operator", "ADMIN");
        }
    }

    @AfterEach
    void theOriginalFitServesAgain() {
        if (!original.equals(serving())) {
            desk.promote(original, null, "it-operator", "ADMIN");
        }
        assertThat(serving()).isEqualTo(original);
    }

    @Test
    void aCandidateFitServesNobodyUntilPromoted() {
        ResponseEntity<JsonNode> asked = http.withBasicAuth("analyst", "demo")
                .postForEntity(
                        "/api/model/candidates",
                        Map.of(
                                "timeUnit",
                                "DAYS",
                                "calibrationEnd",
                                LocalDate.now().minusMonths(4).toString()),
                        JsonNode.class);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String candidate = asked.getBody().get("version").asText();
        assertThat(asked.getBody().get("status").asText()).isEqualTo("FITTED");

        BatchRun run = runner.runAll("admin");

        assertThat(serving()).isEqualTo(original);
        assertThat(fits.latest().map(StoredFit::version)).contains(candidate);
        assertThat(modelVersions(run)).containsOnly(original);
        JsonNode standing = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/model/versions/" + candidate, JsonNode.class)
                .getBody();
        assertThat(standing.get("standing").asText()).isEqualTo("CANDIDATE");
        assertThat(standing.get("candidate").asBoolean()).isTrue();
        assertThat(candidates.find(original).orElseThrow().standing()).isEqualTo(FitVersion.Standing.SERVING);
    }

    @Test
    void theImpactReportCountsExactlyWhatARecomputationChangesAndThePromotedFitScoresTheNextRun() throws Exception {
        String candidate = candidates
                .refit(ModelTimeUnit.DAYS, LocalDate.now().minusMonths(5), "analyst")
                .version();
        ResponseEntity<JsonNode> started = http.withBasicAuth("analyst", "demo")
                .postForEntity("/api/model/versions/" + candidate + "/impact", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode report = CandidateTrace.awaitReport(
                http, "/api/model", started.getBody().get("reportId").asText());

        Map<String, Prediction> before = predictions(runner.runAll("admin"));
        ResponseEntity<JsonNode> promoted = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/model/versions/" + candidate + "/promotions",
                        Map.of("impactReportId", report.get("reportId").asText()),
                        JsonNode.class);
        assertThat(promoted.getStatusCode()).isEqualTo(HttpStatus.OK);
        BatchRun next = runner.runAll("admin");
        Map<String, Prediction> after = predictions(next);

        assertThat(modelVersions(next)).containsOnly(candidate);
        long bands = count(before, after, (a, b) -> !a.band().equals(b.band()));
        long alive = count(before, after, (a, b) -> !a.sameAlive(b));
        long predicted = count(before, after, (a, b) -> !a.samePredicted(b));
        long any = count(before, after, (a, b) -> !a.band().equals(b.band()) || !a.sameAlive(b) || !a.samePredicted(b));
        assertThat(predicted)
                .as("customers whose predicted CLV a recomputation changes")
                .isPositive();
        assertThat(report.get("baseVersion").asText()).isEqualTo(original);
        assertThat(report.get("customers").asLong()).isEqualTo(before.size());
        assertThat(report.get("churnBandChanged").asLong()).isEqualTo(bands);
        assertThat(report.get("probabilityAliveChanged").asLong()).isEqualTo(alive);
        assertThat(report.get("predictedChanged").asLong()).isEqualTo(predicted);
        assertThat(report.get("customersChanged").asLong()).isEqualTo(any);
        assertThat(report.get("candidateStatus").asText()).isEqualTo("FITTED");
        assertThat(report.get("dataSufficiency").size()).isPositive();
        assertThat(
                        report.get("holdout").isNull()
                                ? report.get("holdoutProblem").asText()
                                : report.get("holdout").get("customers").asText())
                .isNotBlank();
        assertThat(report.get("sample").size()).isPositive();
        assertThat(report.get("currencies").get(0).get("changed").asLong()).isPositive();

        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.MODEL_PROMOTED);
        assertThat(record.decision().actor()).isEqualTo("admin");
        assertThat(record.decision().outputs())
                .containsEntry("version", candidate)
                .containsEntry("previousVersion", original)
                .containsEntry("kind", "PROMOTION")
                .containsEntry("author", "analyst")
                .containsEntry("impactDigest", report.get("digest").asText());
    }

    @Test
    void aShadowRunOfAFitPublishesNothingAndOpensNoTask() {
        String candidate = candidates
                .refit(ModelTimeUnit.DAYS, LocalDate.now().minusMonths(3), "analyst")
                .version();
        Map<String, Long> tables = CandidateTrace.rows(jdbc, SHADOW_TABLES);
        long openTasks = tasks.createTaskQuery().count();
        long audited = CandidateTrace.rows(jdbc, "decision_log");
        java.time.OffsetDateTime started = java.time.OffsetDateTime.now();

        FitImpact report = candidates.evaluate(candidate, "analyst");

        assertThat(report.customers()).isPositive();
        assertThat(CandidateTrace.rows(jdbc, SHADOW_TABLES)).isEqualTo(tables);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clv_current WHERE updated_at >= ?")
                        .param(started)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(tasks.createTaskQuery().count()).isEqualTo(openTasks);
        assertThat(CandidateTrace.rows(jdbc, "decision_log")).isEqualTo(audited + 1);
        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.MODEL_IMPACT_EVALUATED);
        assertThat(record.decision().inputsDigest()).isEqualTo(report.digest());
        assertThat(record.decision().customerKey()).isNull();
        assertThat(serving()).isEqualTo(original);
    }

    @Test
    void theOneWhoAskedForTheRefitCannotPromoteIt() {
        ResponseEntity<JsonNode> asked = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/model/candidates",
                        Map.of("calibrationEnd", LocalDate.now().minusMonths(2).toString()),
                        JsonNode.class);
        String candidate = asked.getBody().get("version").asText();
        candidates.evaluate(candidate, "admin");
        long promotions = CandidateTrace.rows(jdbc, "clv_fit_promotions");

        ResponseEntity<JsonNode> author = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/model/versions/" + candidate + "/promotions", Map.of(), JsonNode.class);
        ResponseEntity<JsonNode> analyst = http.withBasicAuth("analyst", "demo")
                .postForEntity("/api/model/versions/" + candidate + "/promotions", Map.of(), JsonNode.class);

        assertThat(author.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(author.getBody().get("detail").asText()).contains("someone else must promote it");
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(serving()).isEqualTo(original);
        assertThat(CandidateTrace.rows(jdbc, "clv_fit_promotions")).isEqualTo(promotions);
    }

    @Test
    void aCandidateFitWithoutAnImpactReportIsNotPromoted() {
        String candidate = candidates
                .refit(ModelTimeUnit.DAYS, LocalDate.now().minusMonths(6), "analyst")
                .version();

        ResponseEntity<JsonNode> refused = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/model/versions/" + candidate + "/promotions", Map.of(), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(serving()).isEqualTo(original);
    }

    @Test
    void aRollbackRestoresTheEarlierFitsPredictionsOnTheNextRun() {
        Map<String, Prediction> first = predictions(runner.runAll("admin"));
        String candidate = candidates
                .refit(ModelTimeUnit.DAYS, LocalDate.now().minusMonths(7), "analyst")
                .version();
        candidates.evaluate(candidate, "analyst");
        desk.promote(candidate, null, "admin", "ADMIN");
        Map<String, Prediction> changed = predictions(runner.runAll("admin"));

        ResponseEntity<JsonNode> rollback = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/model/versions/" + original + "/promotions", Map.of(), JsonNode.class);
        BatchRun rolledBack = runner.runAll("admin");

        assertThat(rollback.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count(first, changed, (a, b) -> !a.samePredicted(b))).isPositive();
        assertThat(predictions(rolledBack)).isEqualTo(first);
        assertThat(modelVersions(rolledBack)).containsOnly(original);
        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.MODEL_PROMOTED);
        assertThat(record.decision().outputs())
                .containsEntry("kind", "ROLLBACK")
                .containsEntry("version", original)
                .containsEntry("previousVersion", candidate);
        assertThat(candidates.find(candidate).orElseThrow().standing()).isEqualTo(FitVersion.Standing.EARLIER);
    }

    /** What a run predicted for a customer: P(alive), its churn band, and the predicted CLV with its currency. */
    record Prediction(Double alive, String band, String currency, BigDecimal predicted) {

        boolean sameAlive(Prediction other) {
            return alive == null
                    ? other.alive == null
                    : other.alive != null && Math.abs(alive - other.alive) <= FitImpact.ALIVE_TOLERANCE;
        }

        boolean samePredicted(Prediction other) {
            return Objects.equals(currency, other.currency)
                    && (predicted == null
                            ? other.predicted == null
                            : other.predicted != null && predicted.compareTo(other.predicted) == 0);
        }
    }

    private interface Differs {
        boolean test(Prediction before, Prediction after);
    }

    private static long count(Map<String, Prediction> before, Map<String, Prediction> after, Differs differs) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        return before.keySet().stream()
                .filter(key -> differs.test(before.get(key), after.get(key)))
                .count();
    }

    private Map<String, Prediction> predictions(BatchRun run) {
        assertThat(run.status()).isEqualTo("FINISHED");
        Map<String, Prediction> predictions = new HashMap<>();
        jdbc.sql("SELECT customer_key, probability_alive, currency, predicted FROM clv_results WHERE run_id = ?")
                .param(run.runId())
                .query((rs, n) -> {
                    Double alive = rs.getObject(2) == null ? null : rs.getDouble(2);
                    String currency = rs.getString(3);
                    BigDecimal predicted = currency == null || rs.getBigDecimal(4) == null
                            ? null
                            : rs.getBigDecimal(4).setScale(2, java.math.RoundingMode.HALF_UP);
                    return predictions.put(
                            rs.getString(1),
                            new Prediction(
                                    alive,
                                    alive == null
                                            ? "NONE"
                                            : ChurnBand.of(1.0 - alive).name(),
                                    currency,
                                    predicted));
                })
                .list();
        return predictions;
    }

    private List<String> modelVersions(BatchRun run) {
        return jdbc.sql("SELECT DISTINCT model_version FROM clv_results WHERE run_id = ? AND model_version IS NOT NULL")
                .param(run.runId())
                .query(String.class)
                .list();
    }

    private String serving() {
        return fits.current().map(StoredFit::version).orElse(null);
    }
}
