package dev.easel.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvReads;
import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.ConsentImports;
import dev.easel.testing.LatencySample;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.bench.BenchmarkMarketplace.Buyer;
import dev.easel.workflow.recalculation.RecalculationRequests;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CPU time of one customer's recalculation (docs/benchmarks.md, "CPU time of a recalculation"). Off by default:
 * run with {@code -Deasel.benchmark.recalculation-cpu=400} (recalculations measured, each for a different customer,
 * after a quarter as many to warm up) and {@code -Deasel.benchmark.recalculation-cpu-customers=4000} customers in the
 * generated marketplace.
 *
 * <p>A recalculation's whole round runs in the transaction that requests it (consent gate, CLV, review rules, publish
 * or flag, the audit records, the round's end). The test plays the hand-off relay: it requests the recalculation in a
 * transaction of its own, as the relay does for an order's hand-off, and reads the thread's CPU time around it, so the
 * figure is the work of the round alone (the database server's time is not in it; the JDBC driver's is).
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.recalculation-cpu", matches = "\\d+")
class RecalculationCpuBenchmarkIT {

    @Autowired
    CsvImports imports;

    @Autowired
    ConsentImports consents;

    @Autowired
    ModelFits fits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecalculationRequests requests;

    @Autowired
    ClvReads clv;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void measuresTheCpuTimeOfOneRecalculationRound() {
        int measured = Integer.getInteger("easel.benchmark.recalculation-cpu");
        int customers = Integer.getInteger("easel.benchmark.recalculation-cpu-customers", 4_000);
        int warmUp = Math.max(1, measured / 4);
        BenchmarkMarketplace.load(customers, imports, consents);
        assertThat(fits.fitNow(ModelTimeUnit.DAYS, null, "benchmark").status()).isEqualTo("FITTED");
        List<Buyer> buyers = BenchmarkMarketplace.buyers(jdbc, warmUp + measured);
        assertThat(buyers).hasSize(warmUp + measured);

        phase("warm-up", buyers.subList(0, warmUp));
        phase("measured", buyers.subList(warmUp, warmUp + measured));
    }

    private void phase(String name, List<Buyer> buyers) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[buyers.size()];
        long[] wall = new long[buyers.size()];
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Long> cpuByOutcome = new TreeMap<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, long[]> countsBefore = tableCounts();
        for (int i = 0; i < buyers.size(); i++) {
            String key = buyers.get(i).customerKey();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            transactions.executeWithoutResult(status -> requests.request(key));
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            wall[i] = System.nanoTime() - wallBefore;
            String outcome = clv.profile(key)
                    .map(profile -> profile.current().status().name())
                    .orElse("NONE");
            outcomes.merge(outcome, 1, Integer::sum);
            cpuByOutcome.merge(outcome, cpu[i], Long::sum);
        }
        assertThat(outcomes).doesNotContainKey("NONE");
        LatencySample cpuTimes = new LatencySample(cpu);
        LatencySample wallTimes = new LatencySample(wall);
        double meanCpu = Arrays.stream(cpu).average().orElse(0) / 1e6;
        System.out.printf(
                "BENCHMARK recalculation CPU %s: %d recalculations; thread CPU per recalculation mean "
                        + "%.2f ms, p50 %.2f ms, p99 %.2f ms; wall p50 %.2f ms, p99 %.2f ms; outcomes %s; "
                        + "load average %.1f -> %.1f%n",
                name,
                buyers.size(),
                meanCpu,
                cpuTimes.percentileMillis(50),
                cpuTimes.percentileMillis(99),
                wallTimes.percentileMillis(50),
                wallTimes.percentileMillis(99),
                outcomes,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Map<String, long[]> countsAfter = tableCounts();
        long[] totals = new long[2];
        countsAfter.forEach((table, counts) -> {
            long[] before = countsBefore.getOrDefault(table, new long[2]);
            long scansPerHundred = (counts[0] - before[0]) * 100 / buyers.size();
            long writesPerHundred = (counts[1] - before[1]) * 100 / buyers.size();
            totals[0] += counts[0] - before[0];
            totals[1] += counts[1] - before[1];
            if (scansPerHundred > 0 || writesPerHundred > 0) {
                System.out.printf(
                        "BENCHMARK recalculation CPU %s: table %s, %.2f scans and %.2f rows written per recalculation%n",
                        name, table, scansPerHundred / 100.0, writesPerHundred / 100.0);
            }
        });
        System.out.printf(
                "BENCHMARK recalculation CPU %s: every table, %.2f scans and %.2f rows written per recalculation%n",
                name, totals[0] / (double) buyers.size(), totals[1] / (double) buyers.size());
        cpuByOutcome.forEach((outcome, nanos) -> System.out.printf(
                "BENCHMARK recalculation CPU %s: outcome %s, %d recalculations, thread CPU mean %.2f ms%n",
                name, outcome, outcomes.get(outcome), nanos / 1e6 / outcomes.get(outcome)));
    }

    /**
     * Index and sequential scans, and rows inserted, updated or deleted, per table so far: counts of the work a round
     * asks of the database that, unlike CPU time, the machine's load does not move. PostgreSQL flushes a connection's counts when it has been idle for
     * up to ten seconds, hence the pause.
     */
    private Map<String, long[]> tableCounts() {
        try {
            Thread.sleep(11_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.query(
                "select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins + n_tup_upd + n_tup_del"
                        + " from pg_stat_user_tables",
                row -> {
                    counts.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                });
        return counts;
    }
}
