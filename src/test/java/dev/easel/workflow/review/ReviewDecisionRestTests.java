package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.clv.ReviewEvidence;
import dev.easel.workflow.WorkflowTestBase;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An incomplete review decision sent through the engine REST API is the client's error, and changes nothing. */
class ReviewDecisionRestTests extends WorkflowTestBase {

    private static final long CANDIDATE = 52L;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SpikeReviews reviews;

    @BeforeEach
    void aReviewIsWaiting() {
        when(clv.evidence(CANDIDATE))
                .thenReturn(new ReviewEvidence(
                        CANDIDATE,
                        "c-rest-decision",
                        "EUR",
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        new BigDecimal("9"),
                        List.of("CLV_SPIKE"),
                        List.of("o-1"),
                        List.of("rule"),
                        "rules-v1",
                        "model-v1"));
        reviews.request(CANDIDATE);
    }

    @Test
    void aRejectionWithoutAReasonIsABadRequestAndTheTaskStaysOpen() {
        ResponseEntity<JsonNode> completed = complete(Map.of("decision", "reject", "reason", ""));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("message").asText()).contains("A rejection needs a reason");
        assertThat(tasks.createTaskQuery().taskId(taskId()).count()).isOne();
        verify(clv, never()).reject(anyLong(), any(), any(), any());
    }

    @Test
    void aCompletionWithoutADecisionIsABadRequestAndTheTaskStaysOpen() {
        ResponseEntity<JsonNode> completed = complete(Map.of("reason", "looks fine"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("message").asText()).contains("needs a decision");
        assertThat(tasks.createTaskQuery().taskId(taskId()).count()).isOne();
        verify(clv, never()).approve(anyLong(), any(), any(), any());
    }

    @Test
    void aRejectionWithAReasonCompletesTheTask() {
        String task = taskId();

        ResponseEntity<JsonNode> completed = complete(Map.of("decision", "reject", "reason", "test orders"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
    }

    private ResponseEntity<JsonNode> complete(Map<String, String> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return http.withBasicAuth("compliance", "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId() + "/complete", Map.of("variables", variables), JsonNode.class);
    }

    private String taskId() {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey("c-rest-decision")
                .singleResult()
                .getId();
    }
}
