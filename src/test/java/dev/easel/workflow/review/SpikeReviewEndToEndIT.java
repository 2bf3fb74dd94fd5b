package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.review.SpikeReviewFixture.FlaggedSpike;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A CLV spike from ingestion to decision on the whole service and a real PostgreSQL: the order that makes a customer's
 * CLV jump becomes a task that only compliance sees, and the decision taken through the engine REST API publishes or
 * keeps the value and lands in a verifiable audit trail.
 */
@PostgresIntegrationTest
class SpikeReviewEndToEndIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    SpikeReviewFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SpikeReviewFixture(http, runtime, management);
    }

    @Test
    void aSpikeWaitsForComplianceWhoSeeTheEvidenceAndAnAnalystDoesNotSeeTheTask() {
        FlaggedSpike spike = fixture.flaggedSpike();

        assertThat(fixture.tasksVisibleTo("analyst", spike.customerKey())).isEmpty();
        JsonNode task = fixture.tasksVisibleTo("compliance", spike.customerKey()).get(0);
        assertThat(task.path("name").asText()).isEqualTo("Review CLV spike");
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText()).isEqualTo("PENDING_REVIEW");
        Map<String, String> evidence = fixture.formVariables("compliance", spike.taskId());
        assertThat(new BigDecimal(evidence.get("previousTotal"))).isEqualByComparingTo(spike.previousTotal());
        assertThat(new BigDecimal(evidence.get("newTotal"))).isGreaterThan(spike.previousTotal());
        assertThat(evidence.get("flagReasons")).contains("CLV_SPIKE");
        assertThat(evidence.get("orderIds")).contains("-large");
        assertThat(evidence.get("rulesFired")).contains("rose by more than the threshold share and amount");
        assertThat(evidence.get("rulesetVersion")).isNotBlank();
        assertThat(evidence.get("modelVersion")).isNotBlank();
    }

    @Test
    void anApprovedSpikeIsPublishedAndTheAuditTrailHoldsTheDecision() {
        FlaggedSpike spike = fixture.flaggedSpike();
        BigDecimal newTotal = new BigDecimal(fixture.formVariables("compliance", spike.taskId()).get("newTotal"));

        ResponseEntity<JsonNode> completed = fixture.complete("compliance", spike.taskId(), "approve",
                "large order confirmed with the seller");

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(clv.path("total").decimalValue()).isEqualByComparingTo(newTotal);
        List<JsonNode> records = fixture.auditRecords(spike.customerKey());
        assertThat(records).anySatisfy(record -> {
            assertThat(kind(record)).isEqualTo("CLV_FLAGGED");
            // Flagged by the clv-recalculation instance, which handed the candidate to the review instance.
            assertThat(record.path("decision").path("processInstance").asText()).isNotBlank()
                    .isNotEqualTo(spike.reviewInstanceId());
            assertThat(record.path("decision").path("rulesetVersion").asText()).isNotBlank();
        });
        assertThat(records).filteredOn(record -> kind(record).equals("CLV_APPROVED")).singleElement()
                .satisfies(record -> {
                    assertThat(record.path("decision").path("actor").asText()).isEqualTo("compliance");
                    assertThat(record.path("decision").path("reason").asText())
                            .isEqualTo("large order confirmed with the seller");
                    assertThat(record.path("decision").path("processInstance").asText())
                            .isEqualTo(spike.reviewInstanceId());
                });
        assertThat(records).anySatisfy(record -> {
            assertThat(kind(record)).isEqualTo("CLV_PUBLISHED");
            assertThat(record.path("decision").path("processInstance").asText()).isEqualTo(spike.reviewInstanceId());
        });
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRejectedSpikeKeepsThePreviousValueAndRecordsTheReason() {
        FlaggedSpike spike = fixture.flaggedSpike();

        ResponseEntity<JsonNode> completed = fixture.complete("compliance", spike.taskId(), "reject",
                "test orders from the seller");

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode clv = fixture.currentClv(spike.customerKey());
        assertThat(clv.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(clv.path("total").decimalValue()).isEqualByComparingTo(spike.previousTotal());
        assertThat(fixture.auditRecords(spike.customerKey()))
                .filteredOn(record -> kind(record).equals("CLV_REJECTED")).singleElement()
                .satisfies(record -> {
                    assertThat(record.path("decision").path("reason").asText())
                            .isEqualTo("test orders from the seller");
                    assertThat(record.path("decision").path("processInstance").asText())
                            .isEqualTo(spike.reviewInstanceId());
                });
        assertThat(fixture.auditVerification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRejectionWithoutAReasonIsABadRequestAndTheTaskStaysOpen() {
        FlaggedSpike spike = fixture.flaggedSpike();

        ResponseEntity<JsonNode> refused = fixture.complete("compliance", spike.taskId(), "reject", " ");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains("A rejection needs a reason");
        assertThat(fixture.tasksVisibleTo("compliance", spike.customerKey()))
                .singleElement().satisfies(task -> assertThat(task.path("id").asText()).isEqualTo(spike.taskId()));
        assertThat(fixture.currentClv(spike.customerKey()).path("status").asText()).isEqualTo("PENDING_REVIEW");
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

    private static String kind(JsonNode record) {
        return record.path("decision").path("kind").asText();
    }
}
