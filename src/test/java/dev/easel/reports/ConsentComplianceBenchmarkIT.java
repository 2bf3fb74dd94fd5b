package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.audit.AuditFixtures;
import dev.easel.testing.PostgresIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * consent-compliance for a large population on PostgreSQL (docs/benchmarks.md, "Reports: consent-compliance for a
 * million customers"). Off by default: run alone with {@code -Deasel.benchmark.consent-customers=1000000}. Loads
 * customers, their consent events (both purposes, withdrawals, objections, opt-outs, GPC signals), one CLV result
 * each (a share suppressed or due for renewal) with COPY, and CLV_PUBLISHED records for a tenth of the customers
 * through the audit log; then times the report's query alone, the chart's query alone, and the PDF and XLSX through
 * {@link Reports#render}, printing {@code BENCHMARK} lines.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.consent-customers", matches = "\\d+")
class ConsentComplianceBenchmarkIT {

    private static final String[][] PLACES = {
        {"FR", ""},
        {"DE", ""},
        {"GB", ""},
        {"NL", ""},
        {"US", "US-CA"},
        {"US", "US-CO"},
        {"US", "US-TX"},
        {"US", "US-AL"},
        {"CA", "CA-ON"},
        {"CA", "CA-QC"},
        {"BR", ""},
        {"CH", ""},
        {"JP", ""}
    };
    private static final String[] NO = {"WITHDRAWN", "OBJECTED", "OPTED_OUT"};

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditFixtures audit;

    @Autowired
    Reports reports;

    @Autowired
    ConsentComplianceReport report;

    @Autowired
    ConsentRatesOverTime ratesOverTime;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rendersConsentComplianceForAMillionCustomers() throws SQLException {
        int customers = Integer.getInteger("easel.benchmark.consent-customers");
        long loadStarted = System.nanoTime();
        load(customers);
        audit.recordMany(customers / 10, i -> key(i * 10 + 3));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        System.out.printf(
                "BENCHMARK load: %,d customers, %,d consent events, %,d CLV results, %,d decision records"
                        + " in %.1f s%n",
                count("customers"),
                count("consent_events"),
                count("clv_results"),
                count("decision_log"),
                seconds(loadStarted));
        Authentication compliance = new UsernamePasswordAuthenticationToken(
                "compliance", null, AuthorityUtils.createAuthorityList("ROLE_COMPLIANCE"));

        for (int run = 1; run <= 3; run++) {
            measure("query alone (rows read)", () -> {
                ReportQuery query = report.query(ReportArguments.read(report.parameters(), Map.of()));
                long[] rows = new long[1];
                jdbc.sql(query.sql()).params(query.parameters()).query((RowCallbackHandler) row -> rows[0]++);
                return rows[0];
            });
            measure("chart query alone (families)", () -> (long)
                    ratesOverTime.monthly(OffsetDateTime.now(ZoneOffset.UTC)).getRowCount());
            measure("PDF (rows)", () -> {
                try (RenderedReport pdf =
                        reports.render("consent-compliance", ReportFormat.PDF, Map.of(), compliance)) {
                    return pdf.rows();
                }
            });
        }
        measure("XLSX (rows)", () -> {
            try (RenderedReport xlsx = reports.render("consent-compliance", ReportFormat.XLSX, Map.of(), compliance)) {
                return xlsx.rows();
            }
        });
        measure("CSV (rows)", () -> {
            try (RenderedReport csv = reports.render("consent-compliance", ReportFormat.CSV, Map.of(), compliance)) {
                return csv.rows();
            }
        });
    }

    /**
     * Per customer: a place; a first choice for CLV profiling (nine in ten), a later "no" for one in five of them
     * (one in five of those a GPC opt-out), a marketing-sync choice for half; a CLV result, suppressed for one in
     * fifty and due for renewal for one in twenty of the rest.
     */
    private void load(int customers) throws SQLException {
        Random random = new Random(17);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long firstId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM customers")
                        .query(Long.class)
                        .single()
                + 1;
        try (Copy rows =
                new Copy("customers (id, customer_key, customer_type, country, region, created_at, " + "updated_at)")) {
            for (int i = 0; i < customers; i++) {
                String[] place = PLACES[random.nextInt(PLACES.length)];
                String created = now.minusDays(800).plusMinutes(i % 1_000_000).toString();
                rows.row(firstId + i, key(i), "INDIVIDUAL", place[0], place[1], created, created);
            }
        }
        try (Copy rows = new Copy("consent_events (customer_key, purpose, status, lawful_basis, captured_at, source, "
                + "policy_version, wording, signal, recorded_by, recorded_at)")) {
            for (int i = 0; i < customers; i++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                OffsetDateTime given = now.minusDays(30 + random.nextInt(700));
                consent(rows, i, "clv-profiling", "GIVEN", null, given);
                if (random.nextInt(5) == 0) {
                    boolean gpc = random.nextInt(5) == 0;
                    consent(
                            rows,
                            i,
                            "clv-profiling",
                            gpc ? "OPTED_OUT" : NO[random.nextInt(NO.length)],
                            gpc ? "GPC" : null,
                            given.plusDays(1 + random.nextInt(25)));
                }
                if (random.nextBoolean()) {
                    consent(rows, i, "marketing-sync", random.nextInt(4) == 0 ? "WITHDRAWN" : "GIVEN", null, given);
                }
            }
        }
        long firstResult = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM clv_results")
                        .query(Long.class)
                        .single()
                + 1;
        String scoredOn = now.toLocalDate().toString();
        try (Copy rows = new Copy("clv_results (id, customer_key, status, eligibility, currency, historic, predicted, "
                + "total, historic_only, serial_returner, inputs_digest, explanation, scored_on, computed_at)")) {
            for (int i = 0; i < customers; i++) {
                boolean suppressed = i % 50 == 7;
                String eligibility = suppressed ? "SUPPRESSED" : i % 20 == 1 ? "RENEWAL_DUE" : "ELIGIBLE";
                String explanation = suppressed
                        ? "{\"eligibility\":{\"reasons\":[{\"code\":\"CONSENT_WITHDRAWN\",\"rule\":\"A no is honoured\"}]}}"
                        : "{}";
                rows.row(
                        firstResult + i,
                        key(i),
                        suppressed ? "SUPPRESSED" : "PUBLISHED",
                        eligibility,
                        suppressed ? null : "EUR",
                        suppressed ? null : "120.0000",
                        suppressed ? null : "80.0000",
                        suppressed ? null : "200.0000",
                        "false",
                        "false",
                        "0".repeat(64),
                        explanation,
                        scoredOn,
                        now.toString());
            }
        }
        try (Copy rows = new Copy("clv_current (customer_key, status, published_id, suppressed_id, updated_at)")) {
            for (int i = 0; i < customers; i++) {
                boolean suppressed = i % 50 == 7;
                rows.row(
                        key(i),
                        suppressed ? "SUPPRESSED" : "PUBLISHED",
                        suppressed ? null : firstResult + i,
                        suppressed ? firstResult + i : null,
                        now.toString());
            }
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT MAX(id) FROM customers))")
                .query()
                .singleRow();
        jdbc.sql("SELECT setval(pg_get_serial_sequence('clv_results', 'id'), (SELECT MAX(id) FROM clv_results))")
                .query()
                .singleRow();
    }

    private static void consent(
            Copy rows, int customer, String purpose, String status, String signal, OffsetDateTime captured)
            throws SQLException {
        rows.row(
                key(customer),
                purpose,
                status,
                status.equals("GIVEN") ? "CONSENT" : "LEGITIMATE_INTEREST",
                captured.toString(),
                "benchmark",
                "privacy-2026-01",
                "I agree.",
                signal,
                "benchmark",
                captured.plusMinutes(3).toString());
    }

    private static String key(int customer) {
        return "cus_ccbench%012d".formatted(customer);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static void measure(String what, Supplier<Long> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long rows = work.get();
        System.out.printf(
                "BENCHMARK consent-compliance %s: %,d in %.2f s (CPU of this thread %.2f s); load %.1f%n",
                what,
                rows,
                seconds(started),
                (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(rows).isPositive();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** One COPY on a connection of its own, fed in 1 MiB pieces of CSV; empty strings and nulls go in as NULL. */
    private final class Copy implements AutoCloseable {

        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(String tableAndColumns) throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT csv)");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                String value = values[i] == null ? "" : values[i].toString();
                buffer.append(i > 0 ? "," : "");
                if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
                    buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(value);
                }
            }
            buffer.append('\n');
            if (buffer.length() >= 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                copy.endCopy();
            } finally {
                connection.close();
            }
        }
    }
}
