package dev.easel.reports;

import static dev.easel.reports.ReportsIT.csv;
import static dev.easel.reports.ReportsIT.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.Consents;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CLV reports over the demo marketplace (the same 320 customers the CLV tests load, so loading it twice in the
 * shared database changes nothing), fitted and scored by a batch run through the CLV module's public API.
 */
@PostgresIntegrationTest
class ClvReportsIT {

    private static boolean scored;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void marketplaceScored() throws IOException {
        synchronized (ClvReportsIT.class) {
            if (!scored) {
                Path folder = DemoLedger.generate(320, Files.createTempDirectory("reports-it-"));
                DemoLedger.loadLedger(folder, imports, false);
                DemoLedger.loadConsents(folder, consents);
                fits.fitNow(ModelTimeUnit.DAYS, null, "admin");
                runner.runAll("admin");
                scored = true;
            }
        }
    }

    @Test
    void reconciliationBalancesToTheCentAndExplainsEveryDifferenceByRule() throws IOException {
        List<String[]> rows = csv(get("admin", "reconciliation", "csv"));

        Map<String, BigDecimal> ledger = jdbc
                .sql("SELECT currency, SUM(total - refunded_total) AS net FROM orders GROUP BY currency")
                .query()
                .listOfRows()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        row -> (String) row.get("currency"), row -> (BigDecimal) row.get("net")));
        assertThat(ledger).isNotEmpty();
        ledger.forEach((currency, net) -> {
            BigDecimal reported = amount(rows, currency, "Ledger net revenue (orders less refunds)");
            BigDecimal historic = amount(rows, currency, "Historic CLV counted for these orders");
            BigDecimal explained = rows.stream()
                    .filter(row -> row[0].startsWith("2 ") && row[1].equals(currency))
                    .map(row -> new BigDecimal(row[4]))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(reported).isEqualByComparingTo(net);
            assertThat(amount(rows, currency, "Unexplained")).isEqualByComparingTo("0");
            assertThat(historic.add(explained).setScale(2, java.math.RoundingMode.HALF_UP))
                    .isEqualByComparingTo(net.setScale(2, java.math.RoundingMode.HALF_UP));
        });
        assertThat(rows).anySatisfy(row -> assertThat(row[2]).contains("return"));
        assertThat(pdfText(get("auditor", "reconciliation", "pdf")))
                .contains("Reconciliation of historic CLV", "Unexplained", "0.00");
    }

    @Test
    void clvSummaryShowsTheDistributionSegmentsCohortsAndModelFitToAnalysts() throws IOException {
        // The distribution is per currency: customers published without any counted order carry none.
        long published = jdbc.sql("""
                SELECT COUNT(*) FROM clv_current cur JOIN clv_results r ON r.id = cur.published_id
                 WHERE r.currency IS NOT NULL
                """).query(Long.class).single();

        List<String[]> rows = csv(get("analyst", "clv-summary", "csv"));
        ResponseEntity<byte[]> document = get("analyst", "clv-summary", "pdf");
        String pdf = pdfText(document);
        PdfPages pages = PdfPages.read(document.getBody());
        PdfPages.keep("clv-summary.pdf", document.getBody());

        long inDistribution = rows.stream()
                .skip(1)
                .filter(row -> row[0].startsWith("1 "))
                .mapToLong(row -> Long.parseLong(row[3]))
                .sum();
        assertThat(inDistribution).isEqualTo(published).isPositive();
        assertThat(rows).anySatisfy(row -> assertThat(row[0]).startsWith("2 CLV by RFM segment"));
        assertThat(rows).anySatisfy(row -> assertThat(row[0]).startsWith("5 CLV and retention by first-purchase"));
        assertThat(rows).anySatisfy(row -> assertThat(row[0]).startsWith("7 Model fit in use"));
        assertThat(pdf).contains("CLV summary", "Distribution of predicted CLV", "\u2588", "Page 1 of");
        // Segments by name with their code, probabilities as percentages, no bare ratios.
        assertThat(pdf)
                .containsPattern("(Champions|Recent buyers|Cooling|Loyal, cooling|Dormant|At risk, were loyal), "
                        + "(low|mid|high) value \\(R[123] F[123] M[123]\\)");
        assertThat(pdf)
                .containsPattern("mean P\\(alive\\) \\d+\\.\\d%")
                .containsPattern("bought again \\d+\\.\\d%")
                .doesNotContain("share of customers 1");
        int charts = pages.pageWith("Charts");
        assertThat(charts).as("a page of charts").isPositive();
        assertThat(pages.images().get(charts)).as("images on the charts page").isGreaterThanOrEqualTo(3);
        assertThat(get("compliance", "clv-summary", "csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void clvReportsRenderAsSpreadsheets() {
        assertThat(get("analyst", "clv-summary", "xlsx").getBody()).startsWith('P', 'K');
        assertThat(get("auditor", "reconciliation", "xlsx").getBody()).startsWith('P', 'K');
        assertThat(get("compliance", "consent-compliance", "xlsx").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static BigDecimal amount(List<String[]> rows, String currency, String item) {
        return rows.stream()
                .filter(row -> row[1].equals(currency) && row[2].equals(item))
                .map(row -> new BigDecimal(row[4]))
                .findFirst()
                .orElseThrow();
    }

    private ResponseEntity<byte[]> get(String user, String report, String format) {
        return http.withBasicAuth(user, "demo")
                .getForEntity("/api/reports/" + report + "?format=" + format, byte[].class);
    }
}
