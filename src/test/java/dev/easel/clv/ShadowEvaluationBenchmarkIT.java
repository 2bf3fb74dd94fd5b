package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shadow evaluation of a rule change against live batch runs of the same customers (docs/benchmarks.md, "Rules
 * preview"). Off by default: run with {@code -Deasel.benchmark.shadow-customers=100000 -Deasel.clv.chunk-size=1000}.
 * Fills an empty database (run it alone) with a ledger generated inside PostgreSQL from a template marketplace
 * ({@link GeneratedLedger}; {@code -Deasel.benchmark.shadow-load=copy} loads the generator's files of the full size
 * with COPY instead), fits, then times a batch run (with the evaluations its fit kept), a second batch run that
 * evaluates every customer again (left out with {@code -Deasel.benchmark.shadow-second-run=false}), and the shadow
 * evaluation of a threshold change, printing {@code BENCHMARK} lines with each phase's heap and the load average.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.shadow-customers", matches = "\\d+")
class ShadowEvaluationBenchmarkIT {

    @Autowired
    CsvImports imports;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    RuleImpacts impacts;

    @Autowired
    RuleCandidates candidates;

    @Autowired
    RuleEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void evaluatesARuleChangeOnEveryCustomerBesideTheLiveRules() throws IOException {
        int customers = Integer.getInteger("easel.benchmark.shadow-customers");
        boolean fromFiles = "copy".equals(System.getProperty("easel.benchmark.shadow-load"));
        long loadStarted = System.nanoTime();
        String loadDetail;
        if (fromFiles) {
            Path folder = Files.createDirectories(Path.of("target/benchmark/clv-" + customers));
            if (!Files.exists(folder.resolve("consents.csv"))) {
                DemoLedger.generate(customers, folder);
            }
            DemoLedger.loadLedger(folder, imports, true, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS));
            LedgerCopy.load(folder, dataSource, owner);
            loadDetail = "COPY of the generator's files";
        } else {
            loadDetail = "generated in PostgreSQL: "
                    + GeneratedLedger.load(
                            customers,
                            template -> DemoLedger.loadLedger(
                                    template, imports, true, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS)),
                            dataSource,
                            owner);
        }
        System.out.printf(
                "BENCHMARK load (%s): %,d customers, %,d orders, %,d order lines in %.1f s%n",
                loadDetail,
                jdbc.queryForObject("select count(*) from customers", Long.class),
                jdbc.queryForObject("select count(*) from orders", Long.class),
                jdbc.queryForObject("select count(*) from order_lines", Long.class),
                seconds(loadStarted));
        if (!fromFiles) {
            System.out.println("BENCHMARK ledger shape (not timed):"
                    + GeneratedLedger.shape(dataSource, GeneratedLedger.templateSize(customers)));
        }

        System.gc();
        double loadBefore = load();
        long fitStarted = System.nanoTime();
        StoredFit fit;
        try (HeapWatch heap = HeapWatch.start()) {
            fit = fits.fitNow(ModelTimeUnit.DAYS, null, "benchmark");
            System.out.printf(
                    "BENCHMARK fit: %.1f s (%,d customers fitted, %,d repeat); %s; load average %.1f then %.1f%n",
                    seconds(fitStarted), fit.customers(), fit.repeatCustomers(), heap.describe(), loadBefore, load());
        }

        loadBefore = load();
        long firstStarted = System.nanoTime();
        BatchRun first;
        double firstSeconds;
        try (HeapWatch heap = HeapWatch.start()) {
            first = runner.runAll("benchmark");
            firstSeconds = seconds(firstStarted);
            System.out.printf(
                    "BENCHMARK batch run with the fit's kept evaluations: %.1f s (%,d customers: %,d published, %,d "
                            + "flagged, %,d suppressed, %,d historic only); %s; load average %.1f then %.1f%n",
                    firstSeconds,
                    first.customers(),
                    first.published(),
                    first.flagged(),
                    first.suppressed(),
                    first.historicOnly(),
                    heap.describe(),
                    loadBefore,
                    load());
        }
        double againSeconds = Double.NaN;
        if (!"false".equals(System.getProperty("easel.benchmark.shadow-second-run"))) {
            loadBefore = load();
            long againStarted = System.nanoTime();
            try (HeapWatch heap = HeapWatch.start()) {
                BatchRun again = runner.runAll("benchmark");
                againSeconds = seconds(againStarted);
                System.out.printf(
                        "BENCHMARK batch run evaluating every customer again: %.1f s (%,d customers); %s; "
                                + "load average %.1f then %.1f%n",
                        againSeconds, again.customers(), heap.describe(), loadBefore, load());
            }
        }

        String seasonal = "clv/seasonal-promotions.drl";
        String text = candidates.files(engine.baseVersion()).orElseThrow().get(seasonal);
        String candidate = candidates
                .submit(
                        Map.of(
                                seasonal,
                                text.replace("deepPromotionPercent : int = 30", "deepPromotionPercent : int = 20")),
                        "benchmark",
                        "benchmark")
                .version()
                .orElseThrow()
                .version();
        loadBefore = load();
        long shadowStarted = System.nanoTime();
        ImpactReport report;
        double shadowSeconds;
        try (HeapWatch heap = HeapWatch.start()) {
            report = impacts.evaluate(candidate, "analyst");
            shadowSeconds = seconds(shadowStarted);
            System.out.printf(
                    "BENCHMARK shadow evaluation (both rulesets, every customer): %.1f s; %,d customers, %,d "
                            + "would change (%,d CLV, %,d status, %,d eligibility); %.2f x the batch run with kept "
                            + "evaluations, %.2f x the one evaluating again; %s; load average %.1f then %.1f%n",
                    shadowSeconds,
                    report.customers(),
                    report.customersChanged(),
                    report.valueChanged(),
                    report.statusChanged(),
                    report.eligibilityChanged(),
                    shadowSeconds / firstSeconds,
                    shadowSeconds / againSeconds,
                    heap.describe(),
                    loadBefore,
                    load());
        }

        assertThat(fit.status()).isEqualTo("FITTED");
        assertThat(first.customersDone()).isEqualTo(first.customers());
        assertThat(report.customers()).isEqualTo(first.customers());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
