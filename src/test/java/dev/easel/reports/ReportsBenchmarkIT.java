package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.audit.AuditFixtures;
import dev.easel.audit.Decision;
import dev.easel.audit.DecisionKind;
import dev.easel.testing.PostgresIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Report rendering time and peak heap (docs/benchmarks.md, "Reports"). Off by default: run with
 * {@code -Deasel.benchmark.reports=true}. Writes 100,000 decision records (10,000 of them for one customer), then
 * renders that customer's decision-audit PDF and XLSX and the whole trail as CSV, each three times; prints every run.
 * The tests' contexts warm the templates on 50 made-up rows; the service's 1,000 come back with
 * {@code -Deasel.reports.warm-up-rows=1000} (docs/benchmarks.md gives the whole command).
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.reports", matches = "true")
class ReportsBenchmarkIT {

    private static final int RECORDS = 100_000;
    private static final String PDF_CUSTOMER = "cus_bench_pdf";

    @Autowired
    AuditFixtures audit;

    @Autowired
    Reports reports;

    @Autowired
    AuditChain chain;

    @Autowired
    ReportsWarmUp warmUp;

    @Test
    void rendersTenThousandRowPdfAndHundredThousandRowCsv() {
        // A thousand decisions to a batch of inserts, as a batch run's chunk records them.
        audit.recordEach(
                RECORDS,
                i -> new Decision(
                        DecisionKind.CLV_PUBLISHED,
                        "easel",
                        "SYSTEM",
                        i % 10 == 0 ? PDF_CUSTOMER : "cus_bench_" + (i % 20_000),
                        "ruleset-bench",
                        "fit-bench",
                        null,
                        List.of("Returns do not count toward CLV"),
                        Map.of("currency", "EUR", "totalClv", (100 + i % 900) + ".25"),
                        "batch run",
                        null));
        Authentication auditor = new UsernamePasswordAuthenticationToken(
                "auditor", null, AuthorityUtils.createAuthorityList("ROLE_AUDITOR"));

        // The first rendering below is the first after the warm-up (its time is in the log), not one racing it.
        long waitStarted = System.nanoTime();
        warmUp.done().join();
        System.out.printf(
                "BENCHMARK waited %.1f s for the reports' warm-up after writing the records%n",
                (System.nanoTime() - waitStarted) / 1e9);
        long verifyStarted = System.nanoTime();
        AuditChain.ChainCheck check = chain.verify();
        System.out.printf(
                "BENCHMARK chain verification, whole walk (the first PDF's header after start): %,d records in %.2f s%n",
                check.recordsChecked(), (System.nanoTime() - verifyStarted) / 1e9);
        // As every later header within the whole walk's allowed age: the records appended since, chained onto it.
        audit.recordEach(
                3,
                i -> new Decision(
                        DecisionKind.CLV_PUBLISHED,
                        "easel",
                        "SYSTEM",
                        "cus_bench_appended",
                        "ruleset-bench",
                        "fit-bench",
                        null,
                        List.of(),
                        Map.of("currency", "EUR", "totalClv", "1.00"),
                        "batch run",
                        null));
        long extendStarted = System.nanoTime();
        AuditChain.ChainCheck extended = chain.verify();
        System.out.printf(
                "BENCHMARK chain verification, records appended since: %s in %.3f s%n",
                extended.describe(), (System.nanoTime() - extendStarted) / 1e9);
        assertThat(extended.walkedSince()).isEqualTo(3);
        for (int run = 1; run <= 3; run++) {
            measure(
                    "decision-audit PDF",
                    () -> reports.render(
                            "decision-audit", ReportFormat.PDF, Map.of("customerKey", PDF_CUSTOMER), auditor));
            measure(
                    "decision-audit XLSX",
                    () -> reports.render(
                            "decision-audit", ReportFormat.XLSX, Map.of("customerKey", PDF_CUSTOMER), auditor));
            measure("decision-audit CSV", () -> reports.render("decision-audit", ReportFormat.CSV, Map.of(), auditor));
        }
    }

    private static void measure(String what, Supplier<RenderedReport> render) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // The whole JVM too: the chain verification for the header runs on a thread of its own, and GC and JIT count.
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpuStarted = process.getProcessCpuTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try (RenderedReport report = render.get()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            double processCpu = (process.getProcessCpuTime() - processCpuStarted) / 1e9;
            long peak = heap.stream()
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.out.printf(
                    "BENCHMARK %s: %,d rows, %,d bytes in %.2f s (CPU %.2f s, whole JVM %.2f s); heap before %d MiB,"
                            + " peak %d MiB; load %.1f%n",
                    what,
                    report.rows(),
                    report.size(),
                    seconds,
                    cpu,
                    processCpu,
                    before >> 20,
                    peak >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(report.rows()).isGreaterThanOrEqualTo(10_000);
        }
    }
}
