package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the auditor's desk asks of the decision log, on real PostgreSQL as the service's login: searches newest first
 * by key set, the streamed export, and the verifications' history. Each test writes records under keys of its own.
 */
@PostgresIntegrationTest
class AuditDeskQueriesIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    DecisionLog log;

    @Autowired
    VerificationHistory history;

    @Test
    void searchesCombineCustomerKindActorAndPeriodAndPageByKeySet() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String customer = "cus_desk_" + tag;
        String reviewer = "reviewer_" + tag;
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            log.append(decision(DecisionKind.CLV_PUBLISHED, "easel", customer));
            approved.add(log.append(decision(DecisionKind.CLV_APPROVED, reviewer, customer))
                    .id());
        }
        log.append(decision(DecisionKind.CLV_APPROVED, reviewer, "cus_other_" + tag));

        List<DecisionRecord> first = trail.newestFirst(
                new AuditFilter(customer, DecisionKind.CLV_APPROVED, reviewer, null, null), Long.MAX_VALUE, 3);
        List<DecisionRecord> second = trail.newestFirst(
                new AuditFilter(customer, DecisionKind.CLV_APPROVED, reviewer, null, null),
                first.get(2).id(),
                10);
        Instant now = Instant.now();

        assertThat(first)
                .extracting(DecisionRecord::id)
                .containsExactly(approved.get(6), approved.get(5), approved.get(4));
        assertThat(second)
                .extracting(DecisionRecord::id)
                .containsExactly(approved.get(3), approved.get(2), approved.get(1), approved.get(0));
        assertThat(trail.newestFirst(new AuditFilter(null, null, reviewer, null, null), Long.MAX_VALUE, 100))
                .hasSize(8);
        assertThat(trail.newestFirst(
                        new AuditFilter(
                                customer, null, null, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)),
                        Long.MAX_VALUE,
                        100))
                .hasSize(14);
        assertThat(trail.newestFirst(
                        new AuditFilter(customer, null, null, now.plus(1, ChronoUnit.HOURS), null),
                        Long.MAX_VALUE,
                        100))
                .isEmpty();
    }

    @Test
    void theExportStreamsEveryMatchingRecordInChainOrder() {
        String customer = "cus_export_" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(log.append(decision(DecisionKind.CONSENT_GIVEN, "easel", customer))
                    .id());
        }
        List<Long> streamed = new ArrayList<>();

        trail.forEachInOrder(AuditFilter.ofCustomer(customer), record -> streamed.add(record.id()));

        assertThat(streamed).containsExactlyElementsOf(written);
    }

    @Test
    void aVerificationIsKeptWithWhoRanItItsAnchorAndEveryBreak() {
        VerificationRun live = trail.verifyAndKeep("auditor");
        ChainVerification broken = ChainVerification.of(
                42,
                List.of(
                        ChainBreak.record(ChainBreak.Kind.CHANGED, 7, "record 7 does not match its hash"),
                        new ChainBreak(ChainBreak.Kind.MISSING, 9, 11, "records 9 to 11 are missing")),
                new ChainVerification.AnchorCheck(3, Instant.parse("2026-12-01T10:00:00Z"), 40, "a".repeat(64), 3));

        VerificationRun kept = history.keep(Instant.parse("2026-12-01T10:05:00Z"), "auditor", 12, broken);

        assertThat(trail.verification(live.id())).hasValueSatisfying(run -> {
            assertThat(run.by()).isEqualTo("auditor");
            assertThat(run.recordsChecked()).isEqualTo(live.recordsChecked());
            assertThat(run.breaksFound()).isEqualTo(live.breaksFound());
        });
        assertThat(trail.verification(kept.id())).hasValueSatisfying(run -> {
            assertThat(run.intact()).isFalse();
            assertThat(run.breaks())
                    .extracting(ChainBreak::kind, ChainBreak::firstId, ChainBreak::lastId)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ChainBreak.Kind.CHANGED, 7L, 7L),
                            org.assertj.core.groups.Tuple.tuple(ChainBreak.Kind.MISSING, 9L, 11L));
            assertThat(run.anchor().headId()).isEqualTo(40);
            assertThat(run.anchor().at()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        });
        assertThat(trail.verifications(20)).extracting(VerificationRun::id).contains(kept.id(), live.id());
    }

    private static Decision decision(DecisionKind kind, String actor, String customer) {
        return new Decision(
                kind,
                actor,
                actor.equals("easel") ? "SYSTEM" : "COMPLIANCE",
                customer,
                "ruleset-desk",
                "fit-desk",
                "d".repeat(64),
                List.of("A rule that reads as a sentence"),
                Map.of("totalClv", "10.00"),
                null,
                null);
    }
}
