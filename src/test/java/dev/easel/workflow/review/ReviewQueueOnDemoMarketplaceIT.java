package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.ConsentImports;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The review queue a compliance team gets from the demo marketplace (2,000 customers): one full batch run flags at
 * most 1 % of the customers, and every customer the generator planted as an anomaly is among them, for the reason
 * it was planted for. A database of its own (another Spring context), so that no other test's customers count.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "easel.clv.chunk-size=500")
class ReviewQueueOnDemoMarketplaceIT {

    private static final Logger log = LoggerFactory.getLogger(ReviewQueueOnDemoMarketplaceIT.class);
    private static final int CUSTOMERS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;

    @Autowired
    CsvImports imports;

    @Autowired
    ConsentImports consents;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoMarketplace() throws IOException {
        synchronized (ReviewQueueOnDemoMarketplaceIT.class) {
            if (folder == null) {
                Path written = DemoLedger.generate(CUSTOMERS, Files.createTempDirectory("review-queue-"));
                DemoLedger.loadLedger(written, imports, true);
                try (Reader csv = Files.newBufferedReader(written.resolve("consents.csv"), StandardCharsets.UTF_8)) {
                    assertThat(consents.importFile(csv, false, "demo-data").imported())
                            .isPositive();
                }
                fits.fitNow(ModelTimeUnit.DAYS, null, "admin");
                folder = written;
            }
        }
    }

    @Test
    void aFullBatchRunFlagsAtMostOnePercentAndEveryPlantedAnomaly() {
        BatchRun run = runner.runAll("admin");

        Map<String, String> planted = planted();
        assertThat(planted).hasSize(6);
        long customers =
                jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
        Map<String, List<String>> flagged = flaggedReasons(run.runId());
        long plantedFlagged = planted.entrySet().stream()
                .filter(anomaly ->
                        flagged.getOrDefault(keyOf(anomaly.getKey()), List.of()).contains(anomaly.getValue()))
                .count();
        double share = 100.0 * flagged.size() / customers;
        log.info(
                "Review queue on the demo marketplace: {} of {} customers flagged ({} %), {} of {} planted "
                        + "anomalies flagged for their reason; reasons: {}",
                flagged.size(),
                customers,
                String.format("%.2f", share),
                plantedFlagged,
                planted.size(),
                flagged.values());

        assertThat(run.status()).isEqualTo("FINISHED");
        assertThat(customers).isEqualTo(CUSTOMERS);
        assertThat(run.flagged()).isEqualTo(flagged.size());
        assertThat(share).as("share of customers flagged, in %").isLessThanOrEqualTo(1.0);
        assertThat(plantedFlagged)
                .as("planted anomalies flagged for their reason")
                .isEqualTo(planted.size());
    }

    /** Customer id to the review reason it was planted for, from the side file only tests read. */
    private static Map<String, String> planted() {
        Map<String, String> planted = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(folder.resolve("planted-anomalies.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = DemoLedger.fields(line);
                planted.put(fields.get(0), fields.get(2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return planted;
    }

    private String keyOf(String customerId) {
        return jdbc.sql("SELECT c.customer_key FROM customers c JOIN customer_source_ids s ON s.customer_id = c.id "
                        + "WHERE s.source_id = ?")
                .param(customerId)
                .query(String.class)
                .single();
    }

    /** The review reasons of each customer the run flagged, from the explanations it stored. */
    private Map<String, List<String>> flaggedReasons(String runId) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        jdbc.sql("SELECT customer_key, explanation FROM clv_results WHERE run_id = ? AND status = 'FLAGGED'")
                .param(runId)
                .query((rs, n) -> reasons.put(rs.getString(1), codes(rs.getString(2))))
                .list();
        return reasons;
    }

    private static List<String> codes(String explanation) {
        try {
            JsonNode review = JSON.readTree(explanation).path("review");
            return StreamSupport.stream(review.path("reasons").spliterator(), false)
                    .map(reason -> reason.path("code").asText())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
