package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvInsights;
import dev.easel.shared.CsvReader;
import dev.easel.testing.ConsoleTest;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * No number only in a picture: each chart's figures come out of the report's XLSX as a sheet of their own and out of
 * its CSV as a table after the rows, on the embedded default's demo (H2). Reads the documents as a reader would.
 */
@ConsoleTest
class ChartFiguresIT {

    private static final List<String> CSV_CHART_HEADER = List.of("chart", "series", "category", "measure", "value");

    @Autowired
    Reports reports;

    @Autowired
    ConsentComplianceReport consentCompliance;

    @Autowired
    ClvSummaryReport clvSummary;

    @Autowired
    ClvInsights insights;

    /** The first start scores the demo in the background: the CLV charts are empty until its batch run is done. */
    @BeforeEach
    void demoScored() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (insights.latestRun().map(run -> run.finishedAt() == null).orElse(true)) {
            assertThat(Instant.now()).as("the demo's first batch run finished").isBefore(until);
            Thread.sleep(500);
        }
    }

    @Test
    void theConsentChartsFiguresAreASheetOfTheXlsxAndATableAfterTheCsvsRows() throws IOException {
        ReportArguments now = ReportArguments.read(consentCompliance.parameters(), Map.of());
        DefaultCategoryDataset drawn = consentCompliance.charts(now).get(0).data();
        assertThat(drawn.getRowCount()).as("families drawn on the demo").isPositive();

        Map<String, List<List<String>>> sheets =
                XlsxSheets.read(render("consent-compliance", ReportFormat.XLSX, "COMPLIANCE"));
        List<List<String>> csvCharts = chartTable(render("consent-compliance", ReportFormat.CSV, "COMPLIANCE"));

        assertThat(sheets.keySet()).containsExactly("consent-compliance", "Chart consent by family");
        List<List<String>> sheet = sheets.get("Chart consent by family");
        assertThat(sheet.get(0)).containsExactly("Consent to CLV profiling by jurisdiction family");
        assertThat(sheet.get(1)).containsExactly("series", "month (UTC), share at its end", "share consenting (%)");
        List<List<String>> expected = new ArrayList<>();
        for (Object family : drawn.getRowKeys()) {
            for (Object month : drawn.getColumnKeys()) {
                Number share = drawn.getValue((Comparable<?>) family, (Comparable<?>) month);
                if (share != null) {
                    expected.add(List.of(family.toString(), month.toString(), percent(share)));
                }
            }
        }
        assertThat(sheet.subList(2, sheet.size()))
                .map(row -> List.of(
                        row.get(0),
                        row.get(1),
                        new BigDecimal(row.get(2)).setScale(2).toPlainString()))
                .containsExactlyElementsOf(expected);
        assertThat(csvCharts)
                .map(row -> List.of(row.get(1), row.get(2), row.get(4)))
                .containsExactlyElementsOf(expected);
        assertThat(csvCharts)
                .allSatisfy(row -> assertThat(row.subList(0, 4))
                        .containsExactly(
                                "Consent to CLV profiling by jurisdiction family",
                                row.get(1),
                                row.get(2),
                                "share consenting (%)"));
    }

    @Test
    void everyChartOfClvSummaryAndReviewOutcomesHasItsSheetAndItsRowsInTheCsv() throws IOException {
        Map<String, List<List<String>>> summary = XlsxSheets.read(render("clv-summary", ReportFormat.XLSX, "ANALYST"));
        Map<String, List<List<String>>> reviews =
                XlsxSheets.read(render("review-outcomes", ReportFormat.XLSX, "COMPLIANCE"));
        List<List<String>> summaryCsv = chartTable(render("clv-summary", ReportFormat.CSV, "ANALYST"));

        assertThat(summary.keySet())
                .containsExactly(
                        "clv-summary", "Chart CLV distribution", "Chart mean CLV by segment", "Chart cohort retention");
        assertThat(reviews.keySet()).containsExactly("review-outcomes", "Chart outcomes per month");
        List<Chart> drawn = clvSummary.charts(ReportArguments.read(clvSummary.parameters(), Map.of()));
        for (Chart chart : drawn) {
            List<List<String>> sheet = summary.get(chart.sheet());
            assertThat(sheet).as(chart.sheet()).hasSizeGreaterThan(2);
            assertThat(sheet.subList(2, sheet.size()))
                    .as(chart.sheet())
                    .map(row -> List.of(row.get(0), row.get(1), plain(row.get(2))))
                    .containsExactlyElementsOf(chart.rows().stream()
                            .map(row -> List.of(
                                    (String) row.get("series"),
                                    (String) row.get("category"),
                                    plain(row.get("value").toString())))
                            .toList());
        }
        // The distribution's shares per currency add up to the whole.
        BigDecimal shares = summaryCsv.stream()
                .filter(row -> row.get(0).equals("Distribution of predicted CLV"))
                .map(row -> new BigDecimal(row.get(4)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long currencies = summaryCsv.stream()
                .filter(row -> row.get(0).equals("Distribution of predicted CLV"))
                .map(row -> row.get(1))
                .distinct()
                .count();
        assertThat(shares.doubleValue()).isCloseTo(100.0 * currencies, org.assertj.core.data.Offset.offset(0.1));
        assertThat(summaryCsv)
                .extracting(row -> row.get(0))
                .contains("Mean CLV by segment", "Cohort retention: share ordering again");
    }

    @Test
    void eachReportsPdfOfTheDemoDrawsItsChartsAsImagesOnTheChartsPage() throws IOException {
        Map<String, String> readers = Map.of(
                "consent-compliance", "COMPLIANCE",
                "clv-summary", "ANALYST",
                "review-outcomes", "COMPLIANCE",
                "decision-audit", "AUDITOR",
                "reconciliation", "ADMIN");
        for (Map.Entry<String, String> reader : readers.entrySet()) {
            byte[] pdf = render(reader.getKey(), ReportFormat.PDF, reader.getValue());
            // Kept under target/reports for a look at the pages (pdftoppm -png -r 60).
            PdfPages.keep("demo-" + reader.getKey() + ".pdf", pdf);
            PdfPages pages = PdfPages.read(pdf);
            assertThat(pages.texts()).as(reader.getKey()).isNotEmpty();
            int charts =
                    pages.pageWith(reader.getKey().equals("review-outcomes") ? "Review outcomes over time" : "Charts");
            if (!reader.getKey().equals("decision-audit") && !reader.getKey().equals("reconciliation")) {
                assertThat(charts).as(reader.getKey() + ": its charts page").isNotNegative();
                assertThat(pages.images().get(charts))
                        .as(reader.getKey() + ": images on the charts page")
                        .isPositive();
            }
        }
    }

    private byte[] render(String report, ReportFormat format, String role) throws IOException {
        Authentication reader = new UsernamePasswordAuthenticationToken(
                role.toLowerCase(java.util.Locale.ROOT), null, AuthorityUtils.createAuthorityList("ROLE_" + role));
        try (RenderedReport rendered = reports.render(report, format, Map.of(), reader)) {
            return Files.readAllBytes(rendered.file());
        }
    }

    /** The table after the report's rows: what follows the empty line, without its header. */
    private static List<List<String>> chartTable(byte[] csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(new String(csv, StandardCharsets.UTF_8)));
        List<List<String>> rows = new ArrayList<>();
        boolean inCharts = false;
        for (String[] row = reader.next(); row != null; row = reader.next()) {
            if (inCharts) {
                rows.add(List.of(row));
            } else if (List.of(row).equals(CSV_CHART_HEADER)) {
                inCharts = true;
            }
        }
        assertThat(inCharts).as("a chart table after the rows").isTrue();
        return rows;
    }

    private static String plain(String number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    private static String percent(Number share) {
        return BigDecimal.valueOf(share.doubleValue() * 100)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
