package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.testing.LatencySample;
import dev.easel.testing.PostgresIntegrationTest;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The auditor's desk searches on a large decision log (docs/benchmarks.md, "Auditor's desk"). Off by default: run with
 * {@code -Deasel.benchmark.audit-log=true}. Writes 200,000 records (20,000 customers, 40 actors, the kinds in
 * realistic shares), then times each kind of search for a page of 51 records (the desk asks 21), 30 times each after
 * a warm-up, and a streamed export; prints p50, p95 and max.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.audit-log", matches = "true")
class AuditLogSearchBenchmarkIT {

    private static final int RECORDS = 200_000;
    private static final int PAGE = 51;
    private static final int RUNS = 30;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesOfTwoHundredThousandRecords() {
        long started = System.nanoTime();
        fixtures.recordEach(
                RECORDS,
                i -> new Decision(
                        kind(i),
                        i % 50 == 7 ? "reviewer" + (i % 40) : "easel",
                        i % 50 == 7 ? "COMPLIANCE" : "SYSTEM",
                        "cus_search_" + (i % 20_000),
                        "ruleset-bench",
                        "fit-bench",
                        "d".repeat(64),
                        List.of("Returns do not count toward CLV"),
                        Map.of("currency", "EUR", "totalClv", (100 + i % 900) + ".25"),
                        null,
                        null));
        System.out.printf(
                "BENCHMARK audit log: %,d records written in %.1f s%n", RECORDS, (System.nanoTime() - started) / 1e9);
        jdbc.sql("ANALYZE decision_log").update();
        long middle =
                jdbc.sql("SELECT MAX(id) FROM decision_log").query(Long.class).single() - RECORDS / 2;
        Instant middleTime = jdbc.sql("SELECT recorded_at FROM decision_log WHERE id = ?")
                .param(middle)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();

        measure("newest page, no filter", () -> trail.newestFirst(AuditFilter.ALL, Long.MAX_VALUE, PAGE));
        measure(
                "one customer (10 records)",
                () -> trail.newestFirst(AuditFilter.ofCustomer("cus_search_4711"), Long.MAX_VALUE, PAGE));
        measure(
                "kind CLV_PUBLISHED (common)",
                () -> trail.newestFirst(
                        new AuditFilter(null, DecisionKind.CLV_PUBLISHED, null, null, null), Long.MAX_VALUE, PAGE));
        measure(
                "kind CLV_REJECTED (0.2%)",
                () -> trail.newestFirst(
                        new AuditFilter(null, DecisionKind.CLV_REJECTED, null, null, null), Long.MAX_VALUE, PAGE));
        measure(
                "actor reviewer7 (0.05%)",
                () -> trail.newestFirst(new AuditFilter(null, null, "reviewer7", null, null), Long.MAX_VALUE, PAGE));
        measure(
                "period ending mid-log",
                () -> trail.newestFirst(new AuditFilter(null, null, null, null, middleTime), Long.MAX_VALUE, PAGE));
        measure(
                "kind CLV_APPROVED, page from mid-log",
                () -> trail.newestFirst(
                        new AuditFilter(null, DecisionKind.CLV_APPROVED, null, null, null), middle, PAGE));
        measure(
                "actor + kind + period",
                () -> trail.newestFirst(
                        new AuditFilter(null, DecisionKind.CLV_APPROVED, "reviewer7", null, middleTime),
                        Long.MAX_VALUE,
                        PAGE));

        AtomicLong exported = new AtomicLong();
        long exportStarted = System.nanoTime();
        trail.forEachInOrder(AuditFilter.ALL, record -> exported.incrementAndGet());
        System.out.printf(
                "BENCHMARK audit log export (streamed, every record): %,d records in %.2f s; load %.1f%n",
                exported.get(),
                (System.nanoTime() - exportStarted) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(exported.get()).isGreaterThanOrEqualTo(RECORDS);
    }

    /** One in 500 rejected, one in 50 approved, one in 20 suppressed, the rest published. */
    private static DecisionKind kind(int i) {
        if (i % 500 == 7) {
            return DecisionKind.CLV_REJECTED;
        }
        if (i % 50 == 7) {
            return DecisionKind.CLV_APPROVED;
        }
        return i % 20 == 3 ? DecisionKind.CLV_SUPPRESSED : DecisionKind.CLV_PUBLISHED;
    }

    private static void measure(String what, Supplier<List<DecisionRecord>> search) {
        for (int i = 0; i < 5; i++) {
            search.get();
        }
        long[] nanos = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            rows = search.get().size();
            nanos[i] = System.nanoTime() - started;
        }
        LatencySample sample = new LatencySample(nanos);
        System.out.printf(
                "BENCHMARK audit search %s: %d rows, p50 %.1f ms, p95 %.1f ms, max %.1f ms; load %.1f%n",
                what,
                rows,
                sample.percentileMillis(50),
                sample.percentileMillis(95),
                sample.maxMillis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(rows).isPositive();
    }
}
