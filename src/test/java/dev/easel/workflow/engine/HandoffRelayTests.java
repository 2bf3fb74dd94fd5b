package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import dev.easel.clv.ConsentGate;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.workflow.WorkflowTestBase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relay of {@code workflow_handoffs}: rows left behind (by a crash, or written while no relay ran) are done when
 * it runs, and a row that fails stays, with its reason, without holding back the others.
 */
class HandoffRelayTests extends WorkflowTestBase {

    private static final String UNKNOWN_TYPE = "NO_SUCH_TYPE 2026-12-31T00:00:00Z";

    @Autowired
    HandoffRelay relay;

    @Autowired
    Handoffs handoffs;

    /** Every round ends at the consent gate: these tests are about the relay, not the CLV. */
    @BeforeEach
    void consentSuppressesEveryone() {
        when(clv.checkConsent(anyString()))
                .thenAnswer(call -> new ConsentGate(
                        call.getArgument(0),
                        EligibilityStatus.SUPPRESSED,
                        List.of("CONSENT_WITHDRAWN"),
                        List.of(),
                        "rules-v1"));
    }

    @Test
    void aHandOffLeftBehindIsDoneWhenTheRelayRuns() {
        leftBehind(HandoffKind.RECALCULATION, "c-left-behind", null);

        relay.relayAll();

        assertThat(finishedRecalculations("c-left-behind")).isEqualTo(1);
        assertThat(rows()).isZero();
    }

    @Test
    void aHandOffThatFailsStaysWithItsReasonAndWaitsBeforeItsNextAttempt() {
        handoffs.handOff(HandoffKind.DATA_SUBJECT_REQUEST_OPENED, "77", UNKNOWN_TYPE);

        relay.relayAll();

        assertThat(jdbc.sql("SELECT attempts FROM workflow_handoffs WHERE subject = '77'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_error FROM workflow_handoffs WHERE subject = '77'")
                        .query(String.class)
                        .single())
                .contains("NO_SUCH_TYPE");
        assertThat(jdbc.sql("SELECT next_attempt_at FROM workflow_handoffs WHERE subject = '77'")
                        .query(OffsetDateTime.class)
                        .single())
                .isAfter(OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void aFailingHandOffDoesNotHoldBackTheOthersOfItsBatch() {
        leftBehind(HandoffKind.DATA_SUBJECT_REQUEST_OPENED, "78", UNKNOWN_TYPE);
        leftBehind(HandoffKind.RECALCULATION, "c-beside-a-failure", null);

        relay.relayAll();

        assertThat(finishedRecalculations("c-beside-a-failure")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT subject FROM workflow_handoffs")
                        .query(String.class)
                        .list())
                .containsExactly("78");
    }

    @Test
    void twoRequestsForOneCustomerInOneBatchStartOneRecalculation() {
        leftBehind(HandoffKind.RECALCULATION, "c-twice-in-a-batch", null);
        leftBehind(HandoffKind.RECALCULATION, "c-twice-in-a-batch", null);

        relay.relayAll();

        assertThat(finishedRecalculations("c-twice-in-a-batch")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recalculation_requests WHERE customer_key = 'c-twice-in-a-batch'")
                        .query(Long.class)
                        .single())
                .as("the round has ended")
                .isZero();
        assertThat(rows()).isZero();
    }

    /** A row committed without waking the relay, as one written just before a crash. */
    private void leftBehind(HandoffKind kind, String subject, String detail) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO workflow_handoffs (kind, subject, detail, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), subject, detail, now, now)
                .update();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM workflow_handoffs")
                .query(Long.class)
                .single();
    }
}
