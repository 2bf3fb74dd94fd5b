package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.audit.AuditQuery;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.Orders;
import dev.easel.commerce.SellerRequest;
import dev.easel.commerce.Sellers;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.testing.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer who withdraws consent to profiling stops being served a CLV in the transaction that records the
 * withdrawal, whatever their jurisdiction (including the states and provinces that the old policy profiled on
 * legitimate interest regardless), and stays suppressed through a batch run.
 */
@PostgresIntegrationTest
class WithdrawalTakesEffectIT {

    @Autowired
    Customers customers;

    @Autowired
    Orders orders;

    @Autowired
    Sellers sellers;

    @Autowired
    Consents consents;

    @Autowired
    ClvRecalculation recalculation;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"New York, US, US-NY", "Texas, US, US-TX", "Colorado, US, US-CO", "Ontario, CA, CA-ON"})
    void aCustomerWhoWithdrawsIsSuppressedAtOnceAndStaysSuppressedThroughABatchRun(
            String place, String country, String region) {
        String customerId = "wd-" + UUID.randomUUID().toString().substring(0, 8);
        String key = publishedCustomer(customerId, country, region);
        assertThat(recalculation.current(key))
                .get()
                .extracting(CurrentClv::status)
                .isEqualTo(CurrentStatus.PUBLISHED);
        assertThat(outboxAction(key)).isEqualTo("UPSERT");

        consents.record(
                new ConsentSubmission(
                        customerId,
                        "clv-profiling",
                        "WITHDRAWN",
                        "CONSENT",
                        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5),
                        "privacy-centre",
                        "2026.2",
                        "I no longer agree that Easel estimates my customer value.",
                        null),
                "it");

        CurrentClv current = recalculation.current(key).orElseThrow();
        assertThat(current.status()).as(place).isEqualTo(CurrentStatus.SUPPRESSED);
        assertThat(current.total()).isNull();
        assertThat(current.predicted()).isNull();
        assertThat(outboxAction(key))
                .as("a Klaviyo clear queued with the withdrawal")
                .isEqualTo("CLEAR");
        assertThat(audit.find(new AuditQuery(key, DecisionKind.CLV_SUPPRESSED, null, null, 0, 10)))
                .isNotEmpty();

        BatchRun run = runner.runAll("admin");

        assertThat(jdbc.sql("SELECT status FROM clv_results WHERE run_id = ? AND customer_key = ?")
                        .params(run.runId(), key)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPPRESSED");
        assertThat(recalculation.current(key))
                .get()
                .extracting(CurrentClv::status)
                .isEqualTo(CurrentStatus.SUPPRESSED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clv_results WHERE customer_key = ? AND status = 'PUBLISHED' "
                                + "AND decided_at > (SELECT MIN(recorded_at) FROM consent_events WHERE customer_key = ? "
                                + "AND status = 'WITHDRAWN')")
                        .params(key, key)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"an opt-out of profiling, OPTED_OUT", "an objection, OBJECTED"})
    void anyNoToProfilingInAStateWithoutALawTakesEffectAtOnce(String what, String status) {
        String customerId = "no-" + UUID.randomUUID().toString().substring(0, 8);
        String key = publishedCustomer(customerId, "US", "US-NY");

        consents.record(
                new ConsentSubmission(
                        customerId,
                        "clv-profiling",
                        status,
                        "LEGITIMATE_INTEREST",
                        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5),
                        "privacy-centre",
                        "2026.2",
                        "Do not use my orders to estimate my value.",
                        null),
                "it");

        assertThat(recalculation.current(key))
                .as(what)
                .get()
                .extracting(CurrentClv::status)
                .isEqualTo(CurrentStatus.SUPPRESSED);
    }

    @Test
    void aValueComputedBeforeAWithdrawalIsNotPublishedAfterIt() {
        String customerId = "late-" + UUID.randomUUID().toString().substring(0, 8);
        String key = publishedCustomer(customerId, "US", "US-NY");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        orders.record(new OrderRequest(
                customerId + "-2",
                customerId,
                "WEB",
                now.minusDays(2),
                "USD",
                "easel-wd",
                List.of(),
                List.of(new OrderRequest.Line(
                        1, "PNT-WD-2", "PAINTS", 1, new BigDecimal("25.00"), BigDecimal.ZERO, null))));
        ClvCandidate computedBefore = recalculation.compute(key, null);

        consents.record(
                new ConsentSubmission(
                        customerId,
                        "clv-profiling",
                        "WITHDRAWN",
                        "CONSENT",
                        now.minusSeconds(5),
                        "privacy-centre",
                        "2026.2",
                        "I no longer agree that Easel estimates my customer value.",
                        null),
                "it");

        assertThat(recalculation.publishWithoutReview(computedBefore.candidateId(), null))
                .isEmpty();
        assertThat(recalculation.current(key))
                .get()
                .extracting(CurrentClv::status)
                .isEqualTo(CurrentStatus.SUPPRESSED);
        assertThat(jdbc.sql("SELECT status FROM clv_results WHERE id = ?")
                        .param(computedBefore.candidateId())
                        .query(String.class)
                        .single())
                .isNotEqualTo("PUBLISHED");
    }

    /** A customer with an order and consent, whose CLV is computed and published. */
    private String publishedCustomer(String customerId, String country, String region) {
        String key = customers
                .record(new CustomerRequest(
                        customerId, "INDIVIDUAL", country, region, 1980, null, null, null, null, null, "WEB"))
                .customerKey();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String purpose : List.of("clv-profiling", "marketing-sync")) {
            consents.record(
                    new ConsentSubmission(
                            customerId,
                            purpose,
                            "GIVEN",
                            "CONSENT",
                            now.minusDays(30),
                            "web-checkout",
                            "2026.2",
                            "I agree that Easel estimates my customer value.",
                            null),
                    "it");
        }
        sellers.record(new SellerRequest("easel-wd", "Easel Store", "FIRST_PARTY", null, "DE", null));
        orders.record(new OrderRequest(
                customerId + "-1",
                customerId,
                "WEB",
                now.minusDays(20),
                "USD",
                "easel-wd",
                List.of(),
                List.of(new OrderRequest.Line(
                        1, "PNT-WD-1", "PAINTS", 2, new BigDecimal("40.00"), BigDecimal.ZERO, null))));
        ClvCandidate candidate = recalculation.compute(key, null);
        recalculation.publishWithoutReview(candidate.candidateId(), null);
        return key;
    }

    private String outboxAction(String key) {
        return jdbc.sql("SELECT action FROM klaviyo_outbox WHERE customer_key = ?")
                .param(key)
                .query(String.class)
                .single();
    }
}
