package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.easel.clv.ApprovalOutcome;
import dev.easel.clv.ReviewEvidence;
import dev.easel.workflow.WorkflowTestBase;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import dev.easel.workflow.review.SpikeReviews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class EngineRestSecurityTests extends WorkflowTestBase {

    private static final Map<String, Object> APPROVAL = Map.of(
            "variables", Map.of("decision", Map.of("value", "approve"), "reason", Map.of("value", "seen the orders")));

    @Autowired
    TestRestTemplate http;

    @Autowired
    SpikeReviews reviews;

    @BeforeEach
    void aReviewIsWaiting() {
        when(clv.evidence(41L))
                .thenReturn(new ReviewEvidence(
                        41L,
                        "c-rest",
                        "EUR",
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        new BigDecimal("9"),
                        List.of("JUMP"),
                        List.of("o-1"),
                        List.of("rule"),
                        "rules-v1",
                        "model-v1"));
        when(clv.approve(anyLong(), any(), any(), any())).thenReturn(ApprovalOutcome.publishedFor("c-rest"));
        reviews.request(41L);
    }

    @Test
    void aComplianceOfficerSeesAndCompletesTheReviewTaskThroughTheEngineRestApi() {
        List<?> visible = http.withBasicAuth("compliance", "demo")
                .getForObject("/engine-rest/task?processDefinitionKey=" + ClvSpikeReviewProcess.KEY, List.class);
        assertThat(visible).hasSize(1);
        String taskId = (String) ((Map<?, ?>) visible.get(0)).get("id");

        ResponseEntity<String> completed = http.withBasicAuth("compliance", "demo")
                .postForEntity("/engine-rest/task/" + taskId + "/complete", APPROVAL, String.class);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        verify(clv).approve(eq(41L), eq("compliance"), eq("seen the orders"), anyString());
    }

    @Test
    void anAnalystNeitherSeesNorCompletesTheReviewTask() {
        List<?> visible = http.withBasicAuth("analyst", "demo")
                .getForObject("/engine-rest/task?processDefinitionKey=" + ClvSpikeReviewProcess.KEY, List.class);
        assertThat(visible).isEmpty();
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey("c-rest")
                .singleResult()
                .getId();

        ResponseEntity<String> completed = http.withBasicAuth("analyst", "demo")
                .postForEntity("/engine-rest/task/" + taskId + "/complete", APPROVAL, String.class);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theEngineRestApiRefusesAnonymousCalls() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theWebappsKeepTheirOwnLogin() {
        ResponseEntity<String> login = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
