package dev.easel.workflow.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.easel.clv.ConsentGate;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.workflow.OutboundMessages;
import dev.easel.workflow.WorkflowTestBase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class ConsentRenewalProcessTests extends WorkflowTestBase {

    /** The consent was given on 2025-12-10, so its renewal is due from 2026-11-10 and it lapses on 2026-12-11. */
    private static final Instant GIVEN_AT = Instant.parse("2025-12-10T09:30:00Z");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboundMessages received;

    @BeforeEach
    void aCustomerWhoGaveConsentElevenMonthsAgo() {
        received.messages.clear();
        if (jdbc.sql("SELECT COUNT(*) FROM customers WHERE customer_key = 'c-renew'")
                        .query(Long.class)
                        .single()
                == 0) {
            OffsetDateTime created = OffsetDateTime.parse("2025-01-01T00:00:00Z");
            jdbc.sql("INSERT INTO customers (customer_key, customer_type, country, created_at, updated_at) "
                            + "VALUES ('c-renew', 'INDIVIDUAL', 'DE', ?, ?)")
                    .params(created, created)
                    .update();
            jdbc.sql("INSERT INTO consent_events (customer_key, purpose, status, lawful_basis, captured_at, source, "
                            + "policy_version, wording, recorded_by, recorded_at) VALUES ('c-renew', 'clv-profiling', 'GIVEN', "
                            + "'CONSENT', ?, 'web', 'p-1', 'May we profile?', 'ingest', ?)")
                    .params(OffsetDateTime.ofInstant(GIVEN_AT, ZoneOffset.UTC), created)
                    .update();
        }
    }

    @Test
    void requestsRenewalThroughTheOutboxOnceForAConsentDueWithinThirtyDays() {
        long requestedBefore = decisions("CONSENT_RENEWAL_REQUESTED");
        runDailySearchOn("2026-11-12T06:00:00Z");
        runDailySearchOn("2026-11-13T06:00:00Z");

        assertThat(waitingRenewals()).isOne();
        assertThat(relay.relay()).isOne();
        assertThat(received.messages).singleElement().satisfies(message -> {
            assertThat(message.topic()).isEqualTo(ConsentRenewalProcess.TOPIC_RENEWAL_REQUESTED);
            assertThat(message.key()).isEqualTo("c-renew");
            assertThat(message.payload()).contains("\"expiresAt\":\"2026-12-11T00:00:00Z\"");
        });
        assertThat(relay.relay()).isZero();
        assertThat(decisions("CONSENT_RENEWAL_REQUESTED")).isEqualTo(requestedBefore + 1);
    }

    @Test
    void requestsNothingForAConsentNotYetDue() {
        runDailySearchOn("2026-11-01T06:00:00Z");

        assertThat(waitingRenewals()).isZero();
    }

    @Test
    void endsTheRenewalWhenTheCustomerGivesConsentAgainAndIgnoresARepeat() {
        runDailySearchOn("2026-11-12T06:00:00Z");

        // The rounds end at the consent gate: this test is about their being asked for.
        when(clv.checkConsent("c-renew"))
                .thenReturn(new ConsentGate("c-renew", EligibilityStatus.SUPPRESSED, List.of(), List.of(), "v1"));

        consentGiven();
        consentGiven();

        assertThat(waitingRenewals()).isZero();
        verify(clv, times(2).description("each new consent recalculates")).checkConsent("c-renew");
    }

    @Test
    void lapsesTheConsentAndSuppressesTheClvWhenTheRenewalPeriodEnds() {
        ConsentGate expired = new ConsentGate(
                "c-renew",
                EligibilityStatus.SUPPRESSED,
                List.of("CONSENT_EXPIRED"),
                List.of("A consent under an opt-in law older than its renewal period no longer counts"),
                "rules-v1");
        when(clv.checkConsent("c-renew")).thenReturn(expired);
        runDailySearchOn("2026-11-12T06:00:00Z");
        long lapsedBefore = decisions("CONSENT_LAPSED");

        clockAt(Date.from(Instant.parse("2026-12-11T00:00:01Z")));
        executeDueJobs();

        assertThat(waitingRenewals()).isZero();
        assertThat(decisions("CONSENT_LAPSED")).isEqualTo(lapsedBefore + 1);
        verify(clv).suppress(eq("c-renew"), eq(expired), anyString());
    }

    private void runDailySearchOn(String instant) {
        clockAt(Date.from(Instant.parse(instant)));
        Job daily = management
                .createJobQuery()
                .processDefinitionKey(ConsentRenewalProcess.KEY)
                .timers()
                .activityId(ConsentRenewalProcess.EVENT_DAILY)
                .singleResult();
        management.executeJob(daily.getId());
    }

    private long waitingRenewals() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConsentRenewalProcess.KEY)
                .processInstanceBusinessKey("c-renew")
                .count();
    }

    private long decisions(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE kind = ? AND customer_key = 'c-renew'")
                .param(kind)
                .query(Long.class)
                .single();
    }

    private void consentGiven() {
        events.publishEvent(new ConsentChanged(
                "c-renew",
                Purpose.CLV_PROFILING,
                ConsentStatus.GIVEN,
                LawfulBasis.CONSENT,
                Instant.parse("2026-11-14T10:00:00Z"),
                null,
                "ingest"));
    }
}
