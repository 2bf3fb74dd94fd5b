package dev.easel.workflow.recalculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.easel.clv.ClvCandidate;
import dev.easel.clv.ConsentGate;
import dev.easel.clv.ReviewCheck;
import dev.easel.clv.ReviewEvidence;
import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.RefundRecorded;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.workflow.WorkflowTestBase;
import dev.easel.workflow.review.ClvSpikeReviewProcess;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class ClvRecalculationProcessTests extends WorkflowTestBase {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void publishesAnUnflaggedCandidateAfterTheConsentGate() {
        eligible("c-publish");
        candidate("c-publish", 11L, false);

        consentChanged("c-publish");

        verify(clv).publishWithoutReview(eq(11L), anyString());
        assertThat(running("c-publish")).isZero();
    }

    @Test
    void suppressesTheClvWhenConsentDoesNotAllowProfiling() {
        ConsentGate suppressed = new ConsentGate(
                "c-suppress",
                EligibilityStatus.SUPPRESSED,
                List.of("CONSENT_WITHDRAWN"),
                List.of("A withdrawn consent suppresses profiling"),
                "rules-v1");
        when(clv.checkConsent("c-suppress")).thenReturn(suppressed);

        consentChanged("c-suppress");

        verify(clv).suppress(eq("c-suppress"), eq(suppressed), anyString());
        verify(clv, never()).compute(anyString(), anyString());
    }

    @Test
    void handsAFlaggedCandidateToASpikeReviewAndEnds() {
        eligible("c-flag");
        candidate("c-flag", 12L, true);
        when(clv.evidence(12L))
                .thenReturn(new ReviewEvidence(
                        12L,
                        "c-flag",
                        "EUR",
                        BigDecimal.TEN,
                        new BigDecimal("900.00"),
                        new BigDecimal("890.00"),
                        List.of("CLV_JUMP"),
                        List.of("o-1"),
                        List.of("A jump of more than five times is reviewed"),
                        "rules-v1",
                        "model-v1"));

        consentChanged("c-flag");

        verify(clv, never()).publishWithoutReview(anyLong(), any());
        assertThat(running("c-flag")).isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                        .processInstanceBusinessKey("c-flag")
                        .count())
                .isOne();
    }

    @Test
    void historyKeepsTheRoundsInstanceButNotItsStepsWhileTheReviewKeepsEverything() {
        eligible("c-history");
        candidate("c-history", 16L, true);
        when(clv.evidence(16L))
                .thenReturn(new ReviewEvidence(
                        16L,
                        "c-history",
                        "EUR",
                        BigDecimal.TEN,
                        new BigDecimal("900.00"),
                        new BigDecimal("890.00"),
                        List.of("CLV_JUMP"),
                        List.of("o-1"),
                        List.of("A jump of more than five times is reviewed"),
                        "rules-v1",
                        "model-v1"));

        consentChanged("c-history");

        HistoricProcessInstance round = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ClvRecalculationProcess.KEY)
                .processInstanceBusinessKey("c-history")
                .singleResult();
        assertThat(round.getEndTime()).isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(round.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(round.getId())
                        .count())
                .isZero();
        HistoricProcessInstance review = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .processInstanceBusinessKey("c-history")
                .singleResult();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(review.getId())
                        .count())
                .isPositive();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(review.getId())
                        .count())
                .isPositive();
    }

    @Test
    void twoEventsForOneCustomerInOneTransactionAreDecidedInOneRound() {
        eligible("c-twice");
        candidate("c-twice", 13L, false);

        transaction.executeWithoutResult(status -> {
            consentChanged("c-twice");
            consentChanged("c-twice");
        });

        verify(clv, times(1)).compute(eq("c-twice"), anyString());
        verify(clv, times(1)).publishWithoutReview(eq(13L), anyString());
        assertThat(finishedRecalculations("c-twice")).isOne();
        assertThat(running("c-twice")).isZero();
    }

    @Test
    void anEventDuringTheRoundGetsARoundOfItsOwnAfterThatOneCommits() {
        eligible("c-late");
        AtomicBoolean first = new AtomicBoolean(true);
        when(clv.compute(eq("c-late"), anyString())).thenAnswer(call -> {
            if (first.getAndSet(false)) {
                // Arrives while the round computes: a round after this one must see it.
                consentChanged("c-late");
            }
            return candidateOf("c-late", 14L);
        });
        when(clv.checkForReview(14L)).thenReturn(new ReviewCheck(14L, false, List.of(), List.of()));

        consentChanged("c-late");

        verify(clv, times(2)).compute(eq("c-late"), anyString());
        assertThat(finishedRecalculations("c-late")).isEqualTo(2);
        assertThat(running("c-late")).isZero();
    }

    @Test
    void anOrderAndARefundOfOneCustomerInOneTransactionAreDecidedInOneRound() {
        eligible("c-order");
        candidate("c-order", 17L, false);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new OrderRecorded(
                    "c-order", "o-7", "WEB", Instant.parse("2026-11-01T10:00:00Z"), "EUR", new BigDecimal("42.00"), 2));
            events.publishEvent(new RefundRecorded(
                    "c-order",
                    "o-7",
                    "r-7",
                    "RETURN",
                    Instant.parse("2026-11-02T10:00:00Z"),
                    "EUR",
                    new BigDecimal("12.00")));
        });

        assertThat(finishedRecalculations("c-order")).isOne();
    }

    @Test
    void aRolledBackChangeStartsNoRecalculation() {
        transaction.executeWithoutResult(status -> {
            consentChanged("c-rollback");
            status.setRollbackOnly();
        });

        assertThat(finishedRecalculations("c-rollback")).isZero();
        verify(clv, never()).checkConsent("c-rollback");
    }

    @Test
    void aRoundThatFailsLeavesItsHandOffToBeTriedAgain() {
        when(clv.checkConsent("c-failing")).thenThrow(new IllegalStateException("rules are being replaced"));

        consentChanged("c-failing");

        assertThat(finishedRecalculations("c-failing")).isZero();
        assertThat(jdbc.sql("SELECT attempts FROM workflow_handoffs WHERE subject = 'c-failing'")
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recalculation_requests WHERE customer_key = 'c-failing'")
                        .query(Long.class)
                        .single())
                .as("rolled back with the round")
                .isZero();
    }

    @Test
    void aNewEventAfterTheLastRoundStartsANewRound() {
        eligible("c-again");
        candidate("c-again", 15L, false);

        consentChanged("c-again");
        consentChanged("c-again");

        verify(clv, times(2)).compute(eq("c-again"), anyString());
        assertThat(finishedRecalculations("c-again")).isEqualTo(2);
    }

    private long running(String customerKey) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ClvRecalculationProcess.KEY)
                .processInstanceBusinessKey(customerKey)
                .count();
    }

    private void consentChanged(String customerKey) {
        events.publishEvent(new ConsentChanged(
                customerKey,
                Purpose.CLV_PROFILING,
                ConsentStatus.WITHDRAWN,
                LawfulBasis.CONSENT,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                "ingest"));
    }

    private void eligible(String customerKey) {
        when(clv.checkConsent(customerKey))
                .thenReturn(new ConsentGate(customerKey, EligibilityStatus.ELIGIBLE, List.of(), List.of(), "rules-v1"));
    }

    private void candidate(String customerKey, long candidateId, boolean flagged) {
        when(clv.compute(eq(customerKey), anyString())).thenReturn(candidateOf(customerKey, candidateId));
        when(clv.checkForReview(candidateId)).thenReturn(new ReviewCheck(candidateId, flagged, List.of(), List.of()));
    }

    private static ClvCandidate candidateOf(String customerKey, long candidateId) {
        return new ClvCandidate(
                candidateId,
                customerKey,
                "EUR",
                BigDecimal.TEN,
                BigDecimal.ONE,
                new BigDecimal("11"),
                0.8,
                false,
                "rules-v1",
                "model-v1");
    }
}
