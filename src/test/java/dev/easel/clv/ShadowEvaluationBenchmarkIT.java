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
 * Loads the demo marketplace with COPY (an empty database: run it alone), fits, then times a batch run (with the
 * evaluations its fit kept), a second batch run that evaluates every customer again, and the shadow evaluation of a
 * threshold change, printing {@code BENCHMARK} lines.
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
        Path folder = Files.createDirectories(Path.of("target/benchmark/clv-" + customers));
        if (!Files.exists(folder.resolve("consents.csv"))) {
            DemoLedger.generate(customers, folder);
        }
        long loadStarted = System.nanoTime();
        DemoLedger.loadLedger(folder, imports, true, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS));
        LedgerCopy.load(folder, dataSource, owner);
        System.out.printf(
                "BENCHMARK load (COPY): %,d customers, %,d orders in %.1f s%n",
                jdbc.queryForObject("select count(*) from customers", Long.class),
                jdbc.queryForObject("select count(*) from orders", Long.class),
                seconds(loadStarted));

        long fitStarted = System.nanoTime();
        StoredFit fit = fits.fitNow(ModelTimeUnit.DAYS, null, "benchmark");
        System.out.printf("BENCHMARK fit: %.1f s%n", seconds(fitStarted));

        long firstStarted = System.nanoTime();
        BatchRun first = runner.runAll("benchmark");
        double firstSeconds = seconds(firstStarted);
        long againStarted = System.nanoTime();
        BatchRun again = runner.runAll("benchmark");
        double againSeconds = seconds(againStarted);

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
        long shadowStarted = System.nanoTime();
        ImpactReport report = impacts.evaluate(candidate, "analyst");
        double shadowSeconds = seconds(shadowStarted);

        assertThat(fit.status()).isEqualTo("FITTED");
        assertThat(first.customersDone()).isEqualTo(first.customers());
        assertThat(report.customers()).isEqualTo(first.customers());
        System.out.printf(
                "BENCHMARK batch run with the fit's kept evaluations: %.1f s (%,d customers)%n",
                firstSeconds, first.customers());
        System.out.printf(
                "BENCHMARK batch run evaluating every customer again: %.1f s (%,d customers)%n",
                againSeconds, again.customers());
        System.out.printf(
                "BENCHMARK shadow evaluation (both rulesets, every customer): %.1f s; %,d customers, %,d "
                        + "would change (%,d CLV, %,d status, %,d eligibility); %.2f x the batch run with kept evaluations, "
                        + "%.2f x the one evaluating again%n",
                shadowSeconds,
                report.customers(),
                report.customersChanged(),
                report.valueChanged(),
                report.statusChanged(),
                report.eligibilityChanged(),
                shadowSeconds / firstSeconds,
                shadowSeconds / againSeconds);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
