package dev.easel.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRuns;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.ConsentImports;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.batch.BatchRunStarter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A whole {@code clv-batch-run} through Camunda on PostgreSQL (docs/benchmarks.md, "Batch run through the
 * workflow"). Off by default: run with {@code -Deasel.benchmark.batch-run-customers=100000}. Loads the generated
 * marketplace (not timed), then times the run from the request (which refits the model and plans the run in the
 * caller's thread) until the last chunk job has finished and the run is summarised.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.batch-run-customers", matches = "\\d+")
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class BatchRunWorkflowBenchmarkIT {

    @Autowired
    CsvImports imports;

    @Autowired
    ConsentImports consents;

    @Autowired
    BatchRunStarter starter;

    @Autowired
    ClvBatchRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recalculatesEveryCustomerThroughTheWorkflow() throws Exception {
        int customers = Integer.getInteger("easel.benchmark.batch-run-customers");
        long loadStarted = System.nanoTime();
        BenchmarkMarketplace.load(customers, imports, consents);
        double loadSeconds = seconds(loadStarted);
        long orders = jdbc.queryForObject("select count(*) from orders", Long.class);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long started = System.nanoTime();
        BatchRunStarter.StartedRun run = starter.start("benchmark");
        double planSeconds = seconds(started);
        BatchRun finished = awaitEnd(run.runId(), Duration.ofMinutes(60));
        double runSeconds = seconds(started);

        assertThat(finished.status()).isEqualTo("FINISHED");
        assertThat(finished.customersDone()).isEqualTo(finished.customers());
        System.out.printf(
                "BENCHMARK batch run load (not timed): %,d customers, %,d orders in %.1f s%n",
                customers, orders, loadSeconds);
        System.out.printf(
                "BENCHMARK batch run through the workflow: %.1f s end to end (refit + plan %.1f s, %d chunk"
                        + " jobs %.1f s): %,d customers, %,d published, %,d flagged, %,d suppressed, %,d historic only; "
                        + "load average %.1f -> %.1f; peak resident memory %s%n",
                runSeconds,
                planSeconds,
                finished.chunks(),
                runSeconds - planSeconds,
                finished.customers(),
                finished.published(),
                finished.flagged(),
                finished.suppressed(),
                finished.historicOnly(),
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                peakResidentMemory());
    }

    private BatchRun awaitEnd(String runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            BatchRun run = runs.find(runId).orElseThrow();
            if (run.status().equals("FINISHED") || run.status().equals("FAILED")) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + runId + " did not finish within " + timeout);
    }

    private static String peakResidentMemory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
