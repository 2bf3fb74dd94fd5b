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

import dev.easel.clv.ApprovalOutcome;
import dev.easel.clv.ClvDecision;
import dev.easel.clv.ClvReviewSuperseded;
import dev.easel.clv.ReviewEvidence;
import dev.easel.workflow.WorkflowTestBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class ClvSpikeReviewProcessTests extends WorkflowTestBase {

    private static final long CANDIDATE = 21L;

    @Autowired
    SpikeReviews reviews;

    @Autowired
    IdentityService identity;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void evidence() {
        when(clv.evidence(CANDIDATE))
                .thenReturn(new ReviewEvidence(
                        CANDIDATE,
                        "c-review",
                        "EUR",
                        new BigDecimal("120.00"),
                        new BigDecimal("960.50"),
                        new BigDecimal("840.50"),
                        List.of("CLV_MORE_THAN_FIVE_TIMES"),
                        List.of("o-100", "o-101"),
                        List.of("A CLV that jumps more than five times is reviewed"),
                        "rules-v1",
                        "model-v1",
                        List.of(new ReviewEvidence.OrderEvidence(
                                "o-101", LocalDate.of(2026, 11, 2), new BigDecimal("840.5"), true)),
                        ReviewEvidence.explanationOf("c-review")));
        when(clv.approve(anyLong(), any(), any(), any())).thenReturn(ApprovalOutcome.publishedFor("c-review"));
    }

    @Test
    void offersTheComplianceGroupATaskWithTheEvidenceOnItsForm() {
        reviews.request(CANDIDATE);

        Task task = reviewTask();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ClvSpikeReviewProcess.TASK_REVIEW_SPIKE);
        assertThat(task.getName())
                .isEqualTo("CLV review CLV_MORE_THAN_FIVE_TIMES · c-review · 120.00 EUR → 960.50 EUR (+840.50 EUR)");
        assertThat(task.getDescription())
                .contains(
                        "Customer c-review",
                        "120.00 EUR → 960.50 EUR",
                        "change +840.50 EUR",
                        "CLV_MORE_THAN_FIVE_TIMES",
                        "/api/customers/c-review/clv/explanation");
        assertThat(task.getPriority()).isEqualTo(EvidenceVariables.priority(new BigDecimal("840.50")));
        assertThat(tasks.createTaskQuery()
                        .taskCandidateGroup("compliance")
                        .taskId(task.getId())
                        .count())
                .isOne();
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(ClvSpikeReviewProcess.FORM);
        Map<String, Object> shown = tasks.getVariables(task.getId());
        assertThat(shown)
                .containsEntry("previousTotal", "120.00")
                .containsEntry("newTotal", "960.50")
                .containsEntry("change", "840.50")
                .containsEntry("orderIds", "o-100\no-101")
                .containsEntry("rulesFired", "A CLV that jumps more than five times is reviewed")
                .containsEntry("rulesetVersion", "rules-v1")
                .containsEntry("modelVersion", "model-v1")
                .containsEntry("previousValue", "120.00 EUR")
                .containsEntry("newValue", "960.50 EUR")
                .containsEntry("changeAmount", "+840.50 EUR")
                .containsEntry("orders", "o-101 · 2026-11-02 · 840.50 EUR · new since the last value")
                .containsEntry("explanationLink", "/api/customers/c-review/clv/explanation");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("c-review")
                        .count())
                .isOne();
    }

    @Test
    void publishesAnApprovedSpikeWithTheReviewerAndTheirReason() {
        reviews.request(CANDIDATE);

        completeAs("compliance", reviewTask(), Map.of("decision", "approve", "reason", "school term order"));

        verify(clv).approve(eq(CANDIDATE), eq("compliance"), eq("school term order"), anyString());
        verify(clv, never()).reject(anyLong(), any(), any(), any());
    }

    @Test
    void keepsThePreviousValueWhenTheReviewerRejects() {
        reviews.request(CANDIDATE);

        completeAs("compliance", reviewTask(), Map.of("decision", "reject", "reason", "test orders"));

        verify(clv).reject(eq(CANDIDATE), eq("compliance"), eq("test orders"), anyString());
        verify(clv, never()).approve(anyLong(), any(), any(), any());
    }

    @Test
    void refusesARejectionWithoutAReason() {
        reviews.request(CANDIDATE);
        Task task = reviewTask();

        assertThatThrownBy(() -> completeAs("compliance", task, Map.of("decision", "reject", "reason", " ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("needs a reason");
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
        assertThat(tasks.createTaskQuery()
                        .taskCandidateGroup("compliance-lead")
                        .taskId(escalated.getId())
                        .count())
                .isOne();
        verify(clv).recordEscalation(eq(CANDIDATE), anyString());

        completeAs("lead", escalated, Map.of("decision", "approve", "reason", ""));
        verify(clv).approve(eq(CANDIDATE), eq("lead"), eq(""), anyString());
    }

    @Test
    void takesAnApprovalNoteFromTasklistsFormAsTheReason() {
        reviews.request(CANDIDATE);

        completeAs("compliance", reviewTask(), Map.of("decision", "approve", "approvalNote", "confirmed by phone"));

        verify(clv).approve(eq(CANDIDATE), eq("compliance"), eq("confirmed by phone"), anyString());
    }

    @Test
    void endsWithoutPublishingWhenTheApprovalIsWithheld() {
        when(clv.approve(anyLong(), any(), any(), any()))
                .thenReturn(new ApprovalOutcome(
                        false,
                        ApprovalOutcome.CONSENT,
                        "Nothing was published: consent no longer allows profiling customer c-review."));
        reviews.request(CANDIDATE);
        String instance = reviewTask().getProcessInstanceId();

        completeAs("compliance", reviewTask(), Map.of("decision", "approve", "reason", "fine"));

        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(ClvSpikeReviewProcess.EVENT_APPROVAL_WITHHELD)
                        .count())
                .isOne();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("outcome")
                        .singleResult()
                        .getValue())
                .asString()
                .contains("consent no longer allows");
    }

    @Test
    void endsTheReviewWhenANewerResultSupersedesIt() {
        reviews.request(CANDIDATE);
        String instance = reviewTask().getProcessInstanceId();

        events.publishEvent(new ClvReviewSuperseded(
                new ClvDecision(
                        "c-review",
                        CANDIDATE,
                        "easel",
                        "SYSTEM",
                        null,
                        null,
                        null,
                        List.of(),
                        Map.of(),
                        "SUPERSEDED by result 22 (PUBLISHED)",
                        null),
                22L));

        assertThat(reviewTask()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(ClvSpikeReviewProcess.EVENT_REVIEW_SUPERSEDED)
                        .count())
                .isOne();
        verify(clv, never()).approve(anyLong(), any(), any(), any());
        verify(clv, never()).reject(anyLong(), any(), any(), any());
    }

    @Test
    void opensNoSecondReviewForTheSameCandidateNorForOneAnOpenReviewCovers() {
        reviews.request(CANDIDATE);
        reviews.request(CANDIDATE);
        when(clv.coveredByOpenReview(22L)).thenReturn(true);
        reviews.request(22L);

        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                        .count())
                .isOne();
    }

    private Task reviewTask() {
        return tasks.createTaskQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .processInstanceBusinessKey("c-review")
                .initializeFormKeys()
                .singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> form) {
        identity.setAuthentication(
                user,
                identity.createGroupQuery().groupMember(user).list().stream()
                        .map(group -> group.getId())
                        .toList());
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
    }
}
