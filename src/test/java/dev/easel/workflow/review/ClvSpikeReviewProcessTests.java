package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.easel.clv.ReviewEvidence;
import dev.easel.workflow.WorkflowTestBase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClvSpikeReviewProcessTests extends WorkflowTestBase {

    private static final long CANDIDATE = 21L;

    @Autowired
    SpikeReviews reviews;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void evidence() {
        when(clv.evidence(CANDIDATE)).thenReturn(new ReviewEvidence(CANDIDATE, "c-review", "EUR",
                new BigDecimal("120.00"), new BigDecimal("960.50"), new BigDecimal("840.50"),
                List.of("CLV_MORE_THAN_FIVE_TIMES"), List.of("o-100", "o-101"),
                List.of("A CLV that jumps more than five times is reviewed"), "rules-v1", "model-v1"));
    }

    @Test
    void offersTheComplianceGroupATaskWithTheEvidenceOnItsForm() {
        reviews.request(CANDIDATE);

        Task task = reviewTask();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ClvSpikeReviewProcess.TASK_REVIEW_SPIKE);
        assertThat(task.getName()).isEqualTo("Review CLV spike");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("compliance").taskId(task.getId()).count()).isOne();
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(ClvSpikeReviewProcess.FORM);
        Map<String, Object> shown = tasks.getVariables(task.getId());
        assertThat(shown).containsEntry("previousTotal", "120.00").containsEntry("newTotal", "960.50")
                .containsEntry("change", "840.50").containsEntry("orderIds", "o-100\no-101")
                .containsEntry("rulesFired", "A CLV that jumps more than five times is reviewed")
                .containsEntry("rulesetVersion", "rules-v1").containsEntry("modelVersion", "model-v1");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("c-review").count()).isOne();
    }

    @Test
    void publishesAnApprovedSpikeWithTheReviewerAndTheirReason() {
        reviews.request(CANDIDATE);

        completeAs("compliance", reviewTask(), Map.of("decision", "approve", "reason", "school term order"));

        verify(clv).publish(eq(CANDIDATE), eq("compliance"), eq("school term order"), anyString());
        verify(clv, never()).reject(anyLong(), any(), any(), any());
    }

    @Test
    void keepsThePreviousValueWhenTheReviewerRejects() {
        reviews.request(CANDIDATE);

        completeAs("compliance", reviewTask(), Map.of("decision", "reject", "reason", "test orders"));

        verify(clv).reject(eq(CANDIDATE), eq("compliance"), eq("test orders"), anyString());
        verify(clv, never()).publish(anyLong(), any(), any(), any());
    }

    @Test
    void refusesARejectionWithoutAReason() {
        reviews.request(CANDIDATE);
        Task task = reviewTask();

        assertThatThrownBy(() -> completeAs("compliance", task, Map.of("decision", "reject", "reason", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("needs a reason");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void escalatesAnUndecidedReviewToTheComplianceLeadAfterTwoBusinessDays() {
        clockAt(Date.from(Instant.parse("2026-11-20T15:00:00Z")));
        reviews.request(CANDIDATE);

        clockAt(Date.from(Instant.parse("2026-11-24T14:59:00Z")));
        executeDueJobs();
        assertThat(reviewTask().getTaskDefinitionKey()).isEqualTo(ClvSpikeReviewProcess.TASK_REVIEW_SPIKE);

        clockAt(Date.from(Instant.parse("2026-11-24T15:01:00Z")));
        executeDueJobs();

        Task escalated = reviewTask();
        assertThat(escalated.getTaskDefinitionKey()).isEqualTo(ClvSpikeReviewProcess.TASK_REVIEW_ESCALATED_SPIKE);
        assertThat(tasks.createTaskQuery().taskCandidateGroup("compliance-lead").taskId(escalated.getId()).count())
                .isOne();
        verify(clv).recordEscalation(eq(CANDIDATE), anyString());

        completeAs("lead", escalated, Map.of("decision", "approve", "reason", ""));
        verify(clv).publish(eq(CANDIDATE), eq("lead"), eq(""), anyString());
    }

    private Task reviewTask() {
        return tasks.createTaskQuery().processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .processInstanceBusinessKey("c-review").initializeFormKeys().singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> form) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList());
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
    }
}
