package dev.easel.audit;

import dev.easel.clv.ClvApprovalWithheld;
import dev.easel.clv.ClvApproved;
import dev.easel.clv.ClvChunkDecided;
import dev.easel.clv.ClvDecision;
import dev.easel.clv.ClvEscalated;
import dev.easel.clv.ClvFlagged;
import dev.easel.clv.ClvPublished;
import dev.easel.clv.ClvRejected;
import dev.easel.clv.ClvReviewSuperseded;
import dev.easel.clv.ClvSuppressed;
import dev.easel.clv.ModelFitted;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the CLV module's decisions. Synchronous listeners, so each record is written in the transaction of its
 * decision: no decision without its record, no record without its decision.
 */
@Component
class ClvDecisionRecorder {

    private final PendingDecisions pending;

    ClvDecisionRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(ClvPublished event) {
        record(DecisionKind.CLV_PUBLISHED, event.decision());
    }

    @EventListener
    void on(ClvSuppressed event) {
        record(DecisionKind.CLV_SUPPRESSED, event.decision());
    }

    @EventListener
    void on(ClvFlagged event) {
        record(DecisionKind.CLV_FLAGGED, event.decision());
    }

    @EventListener
    void on(ClvApproved event) {
        record(DecisionKind.CLV_APPROVED, event.decision());
    }

    @EventListener
    void on(ClvRejected event) {
        record(DecisionKind.CLV_REJECTED, event.decision());
    }

    @EventListener
    void on(ClvEscalated event) {
        record(DecisionKind.CLV_ESCALATED, event.decision());
    }

    @EventListener
    void on(ClvReviewSuperseded event) {
        record(DecisionKind.CLV_REVIEW_SUPERSEDED, event.decision());
    }

    @EventListener
    void on(ClvApprovalWithheld event) {
        record(DecisionKind.CLV_APPROVAL_WITHHELD, event.decision());
    }

    @EventListener
    void on(ClvChunkDecided event) {
        List<Decision> decisions = event.decisions().stream()
                .map(entry -> decision(
                        switch (entry.kind()) {
                            case PUBLISHED -> DecisionKind.CLV_PUBLISHED;
                            case FLAGGED -> DecisionKind.CLV_FLAGGED;
                            case SUPPRESSED -> DecisionKind.CLV_SUPPRESSED;
                        },
                        entry.decision()))
                .toList();
        pending.recordAll(decisions);
    }

    @EventListener
    void on(ModelFitted event) {
        record(DecisionKind.MODEL_FITTED, event.decision());
    }

    private void record(DecisionKind kind, ClvDecision decision) {
        pending.record(decision(kind, decision));
    }

    private static Decision decision(DecisionKind kind, ClvDecision decision) {
        return new Decision(
                kind,
                decision.actor(),
                decision.actorRole(),
                decision.customerKey(),
                decision.rulesetVersion(),
                decision.modelVersion(),
                decision.inputsDigest(),
                decision.rulesFired(),
                decision.outputs(),
                decision.reason(),
                decision.processInstance());
    }
}
