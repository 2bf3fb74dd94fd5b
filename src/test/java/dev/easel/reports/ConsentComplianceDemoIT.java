package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.testing.PostgresIntegrationTest;

/**
 * The consent-compliance report on the demo marketplace, loaded at start as the embedded default loads it (about
 * 2,000 customers in the EU, the UK, Switzerland, Brazil, Canada and a dozen US states, with withdrawals, objections,
 * opt-outs and GPC signals), after a fit and one batch run: every "no" is honoured. Its own database, so that other
 * tests' customers do not count. Prints the figures (docs/consent.md quotes them).
 */
@PostgresIntegrationTest
class ConsentComplianceDemoIT {

    private static final String SIGNALS = "2 Withdrawals, objections, opt-outs and GPC signals received";

    @DynamicPropertySource
    static void demoMarketplace(DynamicPropertyRegistry registry) {
        registry.add("easel.demo.load-on-empty-database", () -> "true");
    }

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWithdrawalOptOutObjectionAndGpcSignalIsHonouredAfterABatchRun() throws IOException {
        long customers = jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
        assertThat(customers).as("the demo marketplace was loaded").isGreaterThan(1_000);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT region) FROM customers WHERE region IS NOT NULL")
                .query(Long.class).single()).isGreaterThanOrEqualTo(10);
        fits.fitNow(ModelTimeUnit.WEEKS, null, "admin");

        BatchRun run = runner.runAll("admin");

        assertThat(run.status()).isEqualTo("FINISHED");
        List<String[]> signals = ReportsIT.csv(http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/reports/consent-compliance?format=csv", byte[].class)).stream()
                .filter(row -> row[0].equals(SIGNALS) && row[3].equals("honoured")).toList();
        signals.forEach(row -> System.out.printf("consent-compliance on the demo (%d customers, run %s): %s %s "
                + "honoured %s of %s (%s %%)%n", customers, run.runId(), row[1], row[2], row[4], row[5], row[6]));
        assertThat(signals).extracting(row -> row[2]).contains("WITHDRAWN", "OPTED_OUT", "OBJECTED", "GPC signal");
        assertThat(signals).allSatisfy(row -> assertThat(row[4]).as(row[2]).isEqualTo(row[5]));
        assertThat(signals).allSatisfy(row -> assertThat(Long.parseLong(row[5])).as(row[2]).isPositive());
    }
}
