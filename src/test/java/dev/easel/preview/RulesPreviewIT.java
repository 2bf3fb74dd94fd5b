package dev.easel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ImpactReport;
import dev.easel.clv.ModelFits;
import dev.easel.clv.RuleImpacts;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.Consents;
import dev.easel.rules.RolloutShare;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulesVersion;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
 * A threshold change seen on every customer before it serves, on real PostgreSQL: its impact report against what
 * batch runs before and after give, a shadow run that leaves no trace but its report, four eyes, a staged share and a
 * rollback. Each test starts and ends with the rules folder's version serving everyone.
 */
@PostgresIntegrationTest
class RulesPreviewIT {

    /** Tables a shadow evaluation must leave as they were. */
    private static final List<String> SHADOW_TABLES = List.of(
            "clv_results",
            "clv_current",
            "clv_batch_runs",
            "outbox",
            "klaviyo_outbox",
            "workflow_handoffs",
            "recalculation_requests");

    private static final String SEASONAL = "clv/seasonal-promotions.drl";

    private static boolean loaded;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    RuleImpacts impacts;

    @Autowired
    RuleCandidates candidates;

    @Autowired
    PromotionDesk desk;

    @Autowired
    RuleEngine engine;

    @Autowired
    AuditTrail audit;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    private String original;

    @BeforeEach
    void marketplaceAndFit() throws Exception {
        synchronized (RulesPreviewIT.class) {
            // The marketplace other tests on this database load is the same one: load it only when it is not there.
            if (!loaded
                    && jdbc.sql("SELECT COUNT(*) FROM customers")
                                    .query(Long.class)
                                    .single()
                            < 320) {
                Path folder = DemoLedger.generate(320, Files.createTempDirectory("rules-preview-it-"));
                DemoLedger.load(folder, imports, consents, false);
            }
            if (!loaded) {
                fits.fitNow(ModelTimeUnit.DAYS, null, "admin");
                loaded = true;
            }
        }
        original = engine.baseVersion();
    }

    @AfterEach
    void theFolderVersionServesAgain() {
        if (!engine.baseVersion().equals(original) || !engine.rulesetVersion().equals(original)) {
            desk.promote(original, 100, null, "it-operator", "ADMIN");
        }
        assertThat(engine.rulesetVersion()).isEqualTo(original);
    }

    @Test
    void theImpactReportOfAThresholdChangeCountsExactlyTheCustomersThatRecomputingChanges() throws Exception {
        String candidate = submit("analyst", deepPromotionFrom(10));
        ResponseEntity<JsonNode> started = http.withBasicAuth("analyst", "demo")
                .postForEntity("/api/rules/versions/" + candidate + "/impact", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode report = CandidateTrace.awaitReport(
                http, "/api/rules", started.getBody().get("reportId").asText());

        Map<String, Outcome> before = outcomes(runner.runAll("admin"));
        ResponseEntity<JsonNode> promoted = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/rules/versions/" + candidate + "/promotions",
                        Map.of(
                                "percent",
                                100,
                                "impactReportId",
                                report.get("reportId").asText()),
                        JsonNode.class);
        assertThat(promoted.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Outcome> after = outcomes(runner.runAll("admin"));

        long valueChanged = before.keySet().stream()
                .filter(key -> !before.get(key).sameValue(after.get(key)))
                .count();
        long eligibilityChanged = before.keySet().stream()
                .filter(key ->
                        !before.get(key).eligibility().equals(after.get(key).eligibility()))
                .count();
        assertThat(valueChanged)
                .as("customers whose CLV a recomputation changes")
                .isPositive();
        assertThat(report.get("customers").asLong()).isEqualTo(before.size());
        assertThat(report.get("valueChanged").asLong()).isEqualTo(valueChanged);
        assertThat(report.get("eligibilityChanged").asLong()).isEqualTo(eligibilityChanged);
        assertThat(report.get("rulesFiringDifferently").toString())
                .contains("A deeply discounted order inside its promotion window counts with a lower weight");
        assertThat(report.get("sample").size()).isPositive();
        JsonNode changed = report.get("sample").get(0);
        assertThat(changed.get("live").get("explanation")).isNotNull();
        assertThat(changed.get("candidate").get("explanation")).isNotNull();

        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.RULES_PROMOTED);
        assertThat(record.decision().actor()).isEqualTo("admin");
        assertThat(record.decision().outputs())
                .containsEntry("version", candidate)
                .containsEntry("previousVersion", original)
                .containsEntry("impactDigest", report.get("digest").asText());
    }

    @Test
    void aShadowRunPublishesNothingAndOpensNoTask() {
        String candidate = submit("analyst", deepPromotionFrom(5));
        Map<String, Long> tables = CandidateTrace.rows(jdbc, SHADOW_TABLES);
        long openTasks = tasks.createTaskQuery().count();
        long audited = CandidateTrace.rows(jdbc, "decision_log");
        java.time.OffsetDateTime started = java.time.OffsetDateTime.now();

        ImpactReport report = impacts.evaluate(candidate, "analyst");

        assertThat(report.customersChanged()).isPositive();
        assertThat(CandidateTrace.rows(jdbc, SHADOW_TABLES)).isEqualTo(tables);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clv_current WHERE updated_at >= ?")
                        .param(started)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(tasks.createTaskQuery().count()).isEqualTo(openTasks);
        assertThat(CandidateTrace.rows(jdbc, "decision_log")).isEqualTo(audited + 1);
        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.RULES_IMPACT_EVALUATED);
        assertThat(record.decision().inputsDigest()).isEqualTo(report.digest());
        assertThat(record.decision().customerKey()).isNull();
        assertThat(engine.rulesetVersion()).isEqualTo(original);
    }

    @Test
    void theAuthorCannotPromoteTheirOwnChange() {
        String candidate = submit("admin", deepPromotionFrom(20));
        impacts.evaluate(candidate, "admin");
        long promotions = CandidateTrace.rows(jdbc, "rules_promotions");

        ResponseEntity<JsonNode> refused = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/rules/versions/" + candidate + "/promotions", Map.of("percent", 100), JsonNode.class);
        ResponseEntity<JsonNode> analyst = http.withBasicAuth("analyst", "demo")
                .postForEntity(
                        "/api/rules/versions/" + candidate + "/promotions", Map.of("percent", 100), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("four eyes");
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.rulesetVersion()).isEqualTo(original);
        assertThat(CandidateTrace.rows(jdbc, "rules_promotions")).isEqualTo(promotions);
    }

    @Test
    void aCandidateWithoutAnImpactReportIsNotPromoted() {
        String candidate = submit("analyst", deepPromotionFrom(25));

        ResponseEntity<JsonNode> refused = http.withBasicAuth("admin", "demo")
                .postForEntity(
                        "/api/rules/versions/" + candidate + "/promotions", Map.of("percent", 100), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(engine.rulesetVersion()).isEqualTo(original);
    }

    @Test
    void aStagedPromotionChangesOnlyTheCustomersInItsShare() {
        String candidate = submit("analyst", deepPromotionFrom(15));
        impacts.evaluate(candidate, "analyst");
        BatchRun beforeRun = runner.runAll("admin");
        Map<String, Outcome> before = outcomes(beforeRun);

        desk.promote(candidate, 50, null, "admin", "ADMIN");
        BatchRun afterRun = runner.runAll("admin");
        Map<String, Outcome> after = outcomes(afterRun);

        Set<String> changed = before.keySet().stream()
                .filter(key -> !before.get(key).sameValue(after.get(key)))
                .collect(Collectors.toSet());
        assertThat(changed).isNotEmpty().allMatch(key -> RolloutShare.includes(key, 50));
        Map<String, String> versions = rulesetVersions(afterRun);
        assertThat(versions)
                .isNotEmpty()
                .allSatisfy((key, version) ->
                        assertThat(version).as(key).isEqualTo(RolloutShare.includes(key, 50) ? candidate : original));
        assertThat(versions.keySet().stream()
                        .filter(key -> RolloutShare.includes(key, 50))
                        .count())
                .isBetween(versions.size() / 4L, versions.size() * 3L / 4);
        assertThat(candidates.find(candidate).orElseThrow().standing()).isEqualTo(RulesVersion.Standing.ROLLING_OUT);
    }

    @Test
    void aRollbackRestoresTheEarlierDecisionsOnTheNextRun() {
        String candidate = submit("analyst", deepPromotionFrom(12));
        impacts.evaluate(candidate, "analyst");
        Map<String, Outcome> first = outcomes(runner.runAll("admin"));
        desk.promote(candidate, 100, null, "admin", "ADMIN");
        Map<String, Outcome> changed = outcomes(runner.runAll("admin"));

        desk.promote(original, 100, null, "admin", "ADMIN");
        BatchRun rolledBack = runner.runAll("admin");
        Map<String, Outcome> restored = outcomes(rolledBack);

        assertThat(first.keySet().stream()
                        .filter(key -> !first.get(key).sameValue(changed.get(key)))
                        .count())
                .isPositive();
        assertThat(restored).isEqualTo(first);
        assertThat(rulesetVersions(rolledBack).values()).containsOnly(original);
        DecisionRecord record = CandidateTrace.latest(audit, DecisionKind.RULES_PROMOTED);
        assertThat(record.decision().outputs())
                .containsEntry("kind", "ROLLBACK")
                .containsEntry("version", original)
                .containsEntry("previousVersion", candidate);
    }

    /** What a run decided for a customer, less what depends on the value published before it (the review flag). */
    record Outcome(String eligibility, String currency, BigDecimal historic, BigDecimal predicted) {

        boolean sameValue(Outcome other) {
            return Objects.equals(currency, other.currency)
                    && same(historic, other.historic)
                    && same(predicted, other.predicted);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    private Map<String, Outcome> outcomes(BatchRun run) {
        assertThat(run.status()).isEqualTo("FINISHED");
        Map<String, Outcome> outcomes = new HashMap<>();
        jdbc.sql("SELECT customer_key, eligibility, currency, historic, predicted FROM clv_results WHERE run_id = ?")
                .param(run.runId())
                .query((rs, n) -> outcomes.put(
                        rs.getString(1),
                        new Outcome(
                                rs.getString(2),
                                rs.getString(3),
                                scaled(rs.getBigDecimal(4)),
                                scaled(rs.getBigDecimal(5)))))
                .list();
        return outcomes;
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private Map<String, String> rulesetVersions(BatchRun run) {
        Map<String, String> versions = new HashMap<>();
        jdbc.sql("SELECT customer_key, ruleset_version FROM clv_results WHERE run_id = ? AND currency IS NOT NULL")
                .param(run.runId())
                .query((rs, n) -> versions.put(rs.getString(1), rs.getString(2)))
                .list();
        return versions;
    }

    /** The seasonal promotions file with deep discounts starting at {@code percent} % instead of 30 %. */
    private Map<String, String> deepPromotionFrom(int percent) {
        String text = candidates.files(original).orElseThrow().get(SEASONAL);
        assertThat(text).contains("deepPromotionPercent : int = 30");
        return Map.of(
                SEASONAL, text.replace("deepPromotionPercent : int = 30", "deepPromotionPercent : int = " + percent));
    }

    private String submit(String user, Map<String, String> files) {
        ResponseEntity<JsonNode> kept = http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/rules/candidates",
                        Map.of("files", files, "note", "deep promotions from a smaller discount"),
                        JsonNode.class);
        assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return kept.getBody().get("version").asText();
    }
}
