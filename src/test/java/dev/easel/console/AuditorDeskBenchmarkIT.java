package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.easel.clv.ClvInsights;
import dev.easel.testing.ConsoleTest;
import dev.easel.testing.LatencySample;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Server time per page of the auditor's desk on the demo (docs/benchmarks.md, "Auditor's desk"). Off by default: run
 * with {@code -Deasel.benchmark.auditor-desk=true}. Each page 40 times after 5 warm-up requests, through MockMvc (the
 * whole server side: security, controller, database, template; no network), signed in as an auditor.
 */
@ConsoleTest
@EnabledIfSystemProperty(named = "easel.benchmark.auditor-desk", matches = "true")
class AuditorDeskBenchmarkIT {

    private static final int RUNS = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    ClvInsights insights;

    @Autowired
    JdbcClient jdbc;

    @Test
    void serverTimePerPage() throws Exception {
        DemoScored.await(insights);
        String key = jdbc.sql("""
                SELECT customer_key FROM decision_log WHERE customer_key IS NOT NULL
                 GROUP BY customer_key ORDER BY COUNT(*) DESC, customer_key LIMIT 1
                """).query(String.class).single();
        long records =
                jdbc.sql("SELECT COUNT(*) FROM decision_log").query(Long.class).single();
        System.out.printf(
                "BENCHMARK desk on the demo: %,d decision records; customer %s has %d%n",
                records,
                key,
                jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE customer_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single());

        measure("/console/audit", get("/console/audit"));
        measure("/console/audit?customerKey=…", get("/console/audit").param("customerKey", key));
        measure("/console/audit?kind=CLV_PUBLISHED", get("/console/audit").param("kind", "CLV_PUBLISHED"));
        measure(
                "/console/audit?actor=easel&from=…&to=…",
                get("/console/audit")
                        .param("actor", "easel")
                        .param("from", "2020-01-01")
                        .param("to", "2030-12-31"));
        measure("/console/audit/customers/{key}", get("/console/audit/customers/" + key));
        measure(
                "/console/audit/export.csv?customerKey=…",
                get("/console/audit/export.csv").param("customerKey", key));
        measure("/console/audit/export.json (whole trail)", get("/console/audit/export.json"));
        measure("/console/audit/chain", get("/console/audit/chain"));
        measure(
                "POST /console/audit/chain (verify)",
                post("/console/audit/chain").with(csrf()));
        measure("/console/reports", get("/console/reports"));
        measure(
                "POST /console/reports/decision-audit (CSV, one customer)",
                post("/console/reports/decision-audit")
                        .param("customerKey", key)
                        .param("format", "csv")
                        .with(csrf()));
    }

    private void measure(
            String page, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        RequestBuilder signedIn = request.with(user("auditor").roles("AUDITOR"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signedIn);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            int status = mvc.perform(signedIn).andReturn().getResponse().getStatus();
            nanos[i] = System.nanoTime() - started;
            assertThat(status).isIn(200, 302);
        }
        LatencySample sample = new LatencySample(nanos);
        System.out.printf(
                "BENCHMARK desk page %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms; load %.1f%n",
                page,
                sample.percentileMillis(50),
                sample.percentileMillis(95),
                sample.maxMillis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
