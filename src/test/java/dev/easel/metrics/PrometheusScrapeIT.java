package dev.easel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.easel.clv.ClvInsights;
import dev.easel.testing.ConsoleTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An operator scrapes /actuator/prometheus on the demo marketplace and finds the business metrics. */
@ConsoleTest
class PrometheusScrapeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClvInsights insights;

    @Test
    void adminScrapesTheBusinessMetricsAgreeingWithTheAuditTrail() throws Exception {
        // The demo is scored in the background on first start, and counted figures are reused for up to 30 s:
        // scrape until the published CLVs show, as a monitoring system would see them appear.
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        String scrape = scrape();
        while (value(scrape, "easel_decisions_total{kind=\"CLV_PUBLISHED\"}") == 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(2_000);
            scrape = scrape();
        }
        assertThat(insights.latestRun()).as("the demo's first batch run").isPresent();

        assertThat(scrape)
                .contains(
                        "easel_decisions_total{",
                        "easel_review_queue_size ",
                        "easel_review_queue_oldest_age_seconds ",
                        "easel_consent_withdrawals_total{",
                        "easel_outbox_backlog{outbox=\"workflow-outbox\"}",
                        "easel_outbox_backlog{outbox=\"klaviyo\"}",
                        "easel_outbox_backlog{outbox=\"workflow-handoffs\"}",
                        "easel_shopify_quarantine_open ",
                        "easel_batch_run_progress_ratio ",
                        "easel_batch_run_chunks ",
                        "easel_rules_reloads_total ",
                        "easel_rules_errors ");

        long published = jdbc.sql("SELECT count(*) FROM decision_log WHERE kind = 'CLV_PUBLISHED'")
                .query(Long.class)
                .single();
        assertThat(published).as("the demo publishes CLVs on first start").isPositive();
        // The scrape may count fewer records than the database holds now (the demo may still be scoring), never more.
        assertThat(value(scrape, "easel_decisions_total{kind=\"CLV_PUBLISHED\"}"))
                .isPositive()
                .isLessThanOrEqualTo(published);
        assertThat(value(scrape, "easel_rules_errors")).isZero();
        double received = value(scrape, "easel_consent_withdrawals_total{state=\"received\"}");
        double honoured = value(scrape, "easel_consent_withdrawals_total{state=\"honoured\"}");
        assertThat(honoured).isLessThanOrEqualTo(received);
    }

    @Test
    void onlyOperatorsMayScrape() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    private String scrape() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static double value(String scrape, String series) {
        Optional<String> line = Arrays.stream(scrape.split("\n"))
                .filter(l -> l.startsWith(series + " "))
                .findFirst();
        assertThat(line).as(series).isPresent();
        Matcher number = Pattern.compile(" ([-0-9.Ee+]+)$").matcher(line.get());
        assertThat(number.find()).isTrue();
        return Double.parseDouble(number.group(1));
    }
}
