package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.clv.ApprovalOutcome;
import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.PublishedClv;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.batch.BatchRunStarter;
import dev.easel.workflow.review.SpikeReviewFixture.FlaggedSpike;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A CLV spike from ingestion to decision on the whole service and a real PostgreSQL: the order that makes a customer's
 * CLV jump becomes a task that only compliance sees, and the decision taken through the engine REST API publishes or
 * keeps the value and lands in a verifiable audit trail.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SpikeReviewEndToEndIT {

    @Autowired
    HistoryService history;

    @Autowired
    ClvRecalculation recalculation;

    @Autowired
    BatchRunStarter batchRuns;

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    SpikeReviewFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SpikeReviewFixture(http, runtime);
    }

    @Test
    void aSpikeWaitsForComplianceWhoSeeTheEvidenceAndAnAnalystDoesNotSeeTheTask() {
        FlaggedSpike spike = fixture.flaggedSpike();

        assertThat(fixture.tasksVisibleTo("analyst", spike.customerKey())).isEmpty();
        JsonNode task =
                fixture.tasksVisibleTo("compliance", spike.customerKey()).get(0);
        assertThat(task.path("name").asText())
                .startsWith("CLV review ")
                .contains(
                        "CLV_SPIKE",
                        spike.customerKey(),
                        fixture.formVariables("compliance", spike.taskId()).get("previousValue") + " → ")
                .containsPattern("\\(\\+[0-9,]+\\.[0-9]{2} EUR\\)$");
        assertThat(task.path("description").asText())
                .contains(
                        "Customer " + spike.customerKey(),
                        "CLV_SPIKE",
                        "/api/customers/" + spike.customerKey() + "/clv/explanation");
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText())
                .isEqualTo("PENDING_REVIEW");
        Map<String, String> evidence = fixture.formVariables("compliance", spike.taskId());
        assertThat(new BigDecimal(evidence.get("previousTotal"))).isEqualByComparingTo(spike.previousTotal());
        assertThat(new BigDecimal(evidence.get("newTotal"))).isGreaterThan(spike.previousTotal());
        assertThat(evidence.get("flagReasons")).contains("CLV_SPIKE");
        assertThat(evidence.get("orderIds")).contains("-large");
        assertThat(evidence.get("previousValue")).matches("[0-9,]+\\.[0-9]{2} EUR");
        assertThat(evidence.get("orders").lines().findFirst().orElseThrow())
                .startsWith(spike.customerId() + "-large · ")
                .endsWith(" · 5,000.00 EUR · new since the last value");
        assertThat(evidence.get("explanationLink"))
                .isEqualTo("/api/customers/" + spike.customerKey() + "/clv/explanation");
        assertThat(evidence.get("rulesFired")).contains("rose by more than the threshold share and amount");
        assertThat(evidence.get("rulesetVersion")).isNotBlank();
        assertThat(evidence.get("modelVersion")).isNotBlank();
    }

    @Test
    void anApprovedSpikeIsPublishedAndTheAuditTrailHoldsTheDecision() {
        FlaggedSpike spike = fixture.flaggedSpike();
        BigDecimal newTotal = new BigDecimal(
                fixture.formVariables("compliance", spike.taskId()).get("newTotal"));

        ResponseEntity<JsonNode> completed =
                fixture.complete("compliance", spike.taskId(), "approve", "large order confirmed with the seller");

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(clv.path("total").decimalValue()).isEqualByComparingTo(newTotal);
        List<JsonNode> records = fixture.auditRecords(spike.customerKey());
        assertThat(records).anySatisfy(record -> {
            assertThat(kind(record)).isEqualTo("CLV_FLAGGED");
            // Flagged by the clv-recalculation instance, which handed the candidate to the review instance.
            assertThat(record.path("decision").path("processInstance").asText())
                    .isNotBlank()
                    .isNotEqualTo(spike.reviewInstanceId());
            assertThat(record.path("decision").path("rulesetVersion").asText()).isNotBlank();
        });
        assertThat(records)
                .filteredOn(record -> kind(record).equals("CLV_APPROVED"))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.path("decision").path("actor").asText()).isEqualTo("compliance");
                    assertThat(record.path("decision").path("reason").asText())
                            .isEqualTo("large order confirmed with the seller");
                    assertThat(record.path("decision").path("processInstance").asText())
                            .isEqualTo(spike.reviewInstanceId());
                });
        assertThat(records)
                .filteredOn(record -> kind(record).equals("CLV_PUBLISHED")
                        && record.path("decision")
                                .path("processInstance")
                                .asText()
                                .equals(spike.reviewInstanceId()))
                .as("exactly one CLV_PUBLISHED for the approved result")
                .hasSize(1);
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRejectedSpikeKeepsThePreviousValueAndRecordsTheReason() {
        FlaggedSpike spike = fixture.flaggedSpike();

        ResponseEntity<JsonNode> completed =
                fixture.complete("compliance", spike.taskId(), "reject", "test orders from the seller");

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(clv.path("total").decimalValue()).isEqualByComparingTo(spike.previousTotal());
        assertThat(fixture.auditRecords(spike.customerKey()))
                .filteredOn(record -> kind(record).equals("CLV_REJECTED"))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.path("decision").path("reason").asText())
                            .isEqualTo("test orders from the seller");
                    assertThat(record.path("decision").path("processInstance").asText())
                            .isEqualTo(spike.reviewInstanceId());
                });
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRejectionWithoutAReasonIsABadRequestAndTheTaskStaysOpen(CapturedOutput output) {
        FlaggedSpike spike = fixture.flaggedSpike();

        ResponseEntity<JsonNode> refused = fixture.complete("compliance", spike.taskId(), "reject", " ");

        assertThat(output.getOut())
                .contains("WARN")
                .contains("Refused decision on review " + spike.reviewInstanceId() + " (customer " + spike.customerKey()
                        + "): A rejection needs a reason. [reason]")
                .doesNotContain("ENGINE-16004")
                .doesNotContain("FormFieldValidationException");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains("A rejection needs a reason");
        assertThat(fixture.tasksVisibleTo("compliance", spike.customerKey()))
                .singleElement()
                .satisfies(task -> assertThat(task.path("id").asText()).isEqualTo(spike.taskId()));
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText())
                .isEqualTo("PENDING_REVIEW");
        assertThat(fixture.auditRecords(spike.customerKey()))
                .noneSatisfy(record -> assertThat(kind(record)).isIn("CLV_REJECTED", "CLV_APPROVED"));
    }

    @Test
    void anAnalystCannotCompleteTheReview() {
        FlaggedSpike spike = fixture.flaggedSpike();

        ResponseEntity<JsonNode> refused = fixture.complete("analyst", spike.taskId(), "approve", "");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fixture.tasksVisibleTo("compliance", spike.customerKey())).hasSize(1);
    }

    @Test
    void aNewerResultSupersedesTheOpenReviewWhichEndsWithTheReasonAndTheNewTaskCarriesTheNewEvidence() {
        FlaggedSpike spike = fixture.flaggedSpike();
        BigDecimal firstNewTotal = new BigDecimal(
                fixture.formVariables("compliance", spike.taskId()).get("newTotal"));

        fixture.largeOrder(spike.customerId(), "-larger", 20);
        fixture.runRecalculation(spike.customerKey());

        List<JsonNode> tasks = fixture.tasksVisibleTo("compliance", spike.customerKey());
        assertThat(tasks).as("open reviews of the customer").hasSize(1);
        String newTask = tasks.get(0).path("id").asText();
        assertThat(newTask).isNotEqualTo(spike.taskId());
        Map<String, String> evidence = fixture.formVariables("compliance", newTask);
        assertThat(new BigDecimal(evidence.get("newTotal"))).isGreaterThan(firstNewTotal);
        assertThat(evidence.get("orders")).contains(spike.customerId() + "-larger");
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(spike.reviewInstanceId())
                        .activityId(ClvSpikeReviewProcess.EVENT_REVIEW_SUPERSEDED)
                        .count())
                .isOne();
        assertThat(fixture.auditRecords(spike.customerKey()))
                .filteredOn(record -> kind(record).equals("CLV_REVIEW_SUPERSEDED"))
                .singleElement()
                .satisfies(record -> assertThat(
                                record.path("decision").path("reason").asText())
                        .startsWith("SUPERSEDED by result"));
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText())
                .isEqualTo("PENDING_REVIEW");
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aWithdrawalEndsTheOpenReviewAtOnceAndALateApprovalPublishesNothingAndSaysWhy() {
        FlaggedSpike spike = fixture.flaggedSpike();
        long candidate = ((Number) runtime.getVariable(spike.reviewInstanceId(), "candidateId")).longValue();
        BigDecimal newTotal = new BigDecimal(
                fixture.formVariables("compliance", spike.taskId()).get("newTotal"));

        fixture.withdrawConsent(spike.customerId());

        // The withdrawal suppresses the customer in its own transaction, which supersedes the open review.
        assertThat(fixture.tasksVisibleTo("compliance", spike.customerKey())).isEmpty();
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(clv.path("total").isNull()
                        || clv.path("total").isMissingNode()
                        || clv.path("total").decimalValue().compareTo(newTotal) != 0)
                .isTrue();
        assertThat(fixture.auditRecords(spike.customerKey()))
                .anySatisfy(record -> assertThat(kind(record)).isEqualTo("CLV_REVIEW_SUPERSEDED"));

        // Completing the closed task (a reviewer's stale page) is answered plainly, and decides nothing.
        ResponseEntity<JsonNode> stalePage = fixture.completeWithOutcome(
                "compliance", spike.taskId(), "approve", "large order confirmed with the seller");
        assertThat(stalePage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stalePage.getBody().path("detail").asText())
                .contains("is no longer open")
                .contains("Nothing was decided");

        // An approval that still arrives by another way publishes nothing and says why.
        ApprovalOutcome late = recalculation.approve(
                candidate, "compliance", "large order confirmed with the seller", spike.reviewInstanceId());

        assertThat(late.published()).isFalse();
        assertThat(late.message()).startsWith("Nothing was published");
        List<JsonNode> records = fixture.auditRecords(spike.customerKey());
        assertThat(records).noneSatisfy(record -> assertThat(kind(record)).isEqualTo("CLV_APPROVED"));
        assertThat(records)
                .filteredOn(record -> kind(record).equals("CLV_PUBLISHED")
                        && record.path("decision")
                                .path("processInstance")
                                .asText()
                                .equals(spike.reviewInstanceId()))
                .isEmpty();

        fixture.runRecalculation(spike.customerKey());
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText())
                .isEqualTo("SUPPRESSED");
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aResultPublishedTwiceAtOnceHasExactlyOneClvPublishedRecord() throws Exception {
        FlaggedSpike spike = fixture.flaggedSpike();
        long candidate = ((Number) runtime.getVariable(spike.reviewInstanceId(), "candidateId")).longValue();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<PublishedClv>> publish = () -> recalculation.publishWithoutReview(candidate, null);
            for (Future<Optional<PublishedClv>> each : pool.invokeAll(List.of(publish, publish))) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        recalculation.publishWithoutReview(candidate, null);

        assertThat(fixture.auditRecords(spike.customerKey()))
                .filteredOn(record -> kind(record).equals("CLV_PUBLISHED")
                        && record.path("decision")
                                        .path("outputs")
                                        .path("resultId")
                                        .asLong()
                                == candidate)
                .hasSize(1);
    }

    @Test
    void aSecondBatchRunOpensNoSecondTaskForAValueAlreadyUnderReview() {
        FlaggedSpike spike = fixture.flaggedSpike();

        runBatch();
        Map<String, List<String>> afterFirst = openReviewsByCustomer();
        runBatch();
        Map<String, List<String>> afterSecond = openReviewsByCustomer();

        assertThat(afterFirst.get(spike.customerKey()))
                .as("the spike's review after a batch run")
                .hasSize(1);
        assertThat(afterSecond)
                .as("open reviews by customer, after the second run")
                .isEqualTo(afterFirst);
    }

    /** A whole clv-batch-run through the engine, its jobs run here (the job executor is off in tests). */
    private void runBatch() {
        String instance = batchRuns.start("admin").processInstance();
        for (int round = 0; round < 200; round++) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
                return;
            }
            management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .executable()
                    .list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the batch run did not end");
    }

    private Map<String, List<String>> openReviewsByCustomer() {
        Map<String, List<String>> open = new java.util.TreeMap<>();
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .active()
                .list()
                .forEach(review -> open.computeIfAbsent(
                                String.valueOf(review.getBusinessKey()), key -> new java.util.ArrayList<>())
                        .add(review.getId()));
        return open;
    }

    private static String kind(JsonNode record) {
        return record.path("decision").path("kind").asText();
    }
}
