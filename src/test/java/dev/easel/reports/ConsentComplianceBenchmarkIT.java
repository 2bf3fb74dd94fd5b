package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.audit.AuditFixtures;
import dev.easel.audit.Decision;
import dev.easel.audit.DecisionKind;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * consent-compliance for a large population on PostgreSQL (docs/benchmarks.md, "Reports: consent-compliance for a
 * million customers"). Off by default: run alone with {@code -Deasel.benchmark.consent-customers=1000000}. The
 * database generates the rows itself ({@code INSERT ... SELECT ... FROM generate_series}): customers in 13 places,
 * their consent events (both purposes, withdrawals, objections, opt-outs, GPC signals), one CLV result each (a share
 * suppressed or due for renewal); CLV_PUBLISHED records for a tenth of the customers go through the audit log. Then,
 * in one sitting on the same data, the former forms (section 1 read per customer, the chart partitioned by month, the
 * index they had) and the current ones: the report's query, the chart's query, PDF, XLSX and CSV, with the
 * database's CPU for the queries. Both forms must give the same rows. Prints {@code BENCHMARK} lines.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.consent-customers", matches = "\\d+")
class ConsentComplianceBenchmarkIT {

    /** The chart's query as it was before V220: the last choice per customer and month ranked, which sorts. */
    static final String FORMER_CHANGES = """
            SELECT j.country, j.region, x.m, SUM(x.delta) AS delta, SUM(x.first_choice) AS first_choices
              FROM (SELECT l.customer_key, l.m,
                           l.given - COALESCE(LAG(l.given) OVER (PARTITION BY l.customer_key ORDER BY l.m), 0)
                               AS delta,
                           CASE WHEN LAG(l.m) OVER (PARTITION BY l.customer_key ORDER BY l.m) IS NULL THEN 1 ELSE 0
                           END AS first_choice
                      FROM (SELECT e.customer_key, %1$s AS m,
                                   CASE WHEN e.status = 'GIVEN' THEN 1 ELSE 0 END AS given,
                                   ROW_NUMBER() OVER (PARTITION BY e.customer_key, %1$s
                                                      ORDER BY e.captured_at DESC, e.id DESC) AS nth
                              FROM consent_choices e
                             WHERE e.purpose = 'clv-profiling' AND e.captured_at < ?) l
                     WHERE l.nth = 1) x
              JOIN commerce_customer_jurisdictions j ON j.customer_key = x.customer_key
             WHERE x.delta <> 0 OR x.first_choice = 1
             GROUP BY j.country, j.region, x.m""".formatted("(CAST(EXTRACT(YEAR FROM e.captured_at) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM e.captured_at) AS INTEGER) - 1)");

    private static final String PLACES = """
            (VALUES (0, 'FR', NULL), (1, 'DE', NULL), (2, 'GB', NULL), (3, 'NL', NULL), (4, 'US', 'US-CA'),
                    (5, 'US', 'US-CO'), (6, 'US', 'US-TX'), (7, 'US', 'US-AL'), (8, 'CA', 'CA-ON'), (9, 'CA', 'CA-QC'),
                    (10, 'BR', NULL), (11, 'CH', NULL), (12, 'JP', NULL)) AS p(n, country, region)""";

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Autowired
    AuditFixtures audit;

    @Autowired
    Reports reports;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    ConsentComplianceReport report;

    @Autowired
    ConsentRatesOverTime ratesOverTime;

    @Autowired
    JdbcClient jdbc;

    private final Authentication compliance = new UsernamePasswordAuthenticationToken(
            "compliance", null, AuthorityUtils.createAuthorityList("ROLE_COMPLIANCE"));

    @Test
    void rendersConsentComplianceForAMillionCustomers() throws SQLException {
        int customers = Integer.getInteger("easel.benchmark.consent-customers");
        long loadStarted = System.nanoTime();
        load(customers);
        step("CLV_PUBLISHED records through the audit log", () -> {
            // A thousand to a batch of inserts: one append per record took 7 ms each under load.
            audit.recordEach(
                    customers / 10,
                    i -> new Decision(
                            DecisionKind.CLV_PUBLISHED,
                            "easel",
                            "SYSTEM",
                            key(i * 10 + 3),
                            "ruleset-bench",
                            "fit-bench",
                            null,
                            List.of("Returns do not count toward CLV"),
                            Map.of("currency", "EUR", "totalClv", (100 + i % 900) + ".25"),
                            "batch run",
                            null));
            return (long) customers / 10;
        });
        owner("VACUUM ANALYZE");
        System.out.printf(
                "BENCHMARK load: %,d customers, %,d consent events, %,d CLV results, %,d decision records"
                        + " in %.1f s%n",
                count("customers"),
                count("consent_events"),
                count("clv_results"),
                count("decision_log"),
                seconds(loadStarted));
        ReportArguments now = ReportArguments.read(report.parameters(), Map.of());
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC);

        // Before: the index consent's own migration made, section 1 read per customer, the chart ranked by month.
        step("index as before V220", () -> {
            owner("DROP INDEX consent_events_latest_choice");
            owner("CREATE INDEX consent_events_customer ON consent_events (customer_key, purpose, captured_at)");
            owner("VACUUM ANALYZE consent_events");
            return 1L;
        });
        ReportQuery former = report.query(now, false);
        List<List<Object>> formerRows = null;
        Set<List<Object>> formerChanges = null;
        for (int run = 1; run <= 2; run++) {
            formerRows = query("before: report query (rows)", former.sql(), former.parameters());
            formerChanges = new HashSet<>(query("before: chart query (places x months)", FORMER_CHANGES, List.of(end)));
        }
        SqlReport formerReport = formerForm(end);
        for (ReportFormat format : ReportFormat.values()) {
            measure("before: " + format + " (rows)", () -> renderDirectly(formerReport, now, format));
        }

        // After: V220's index, section 1 in one ordered pass, the chart's windows in the index's order.
        step("index of V220", () -> {
            owner("DROP INDEX consent_events_customer");
            owner("CREATE INDEX consent_events_latest_choice ON consent_events "
                    + "(customer_key, purpose, captured_at, id) INCLUDE (status)");
            owner("VACUUM ANALYZE consent_events");
            return 1L;
        });
        ReportQuery current = report.query(now, true);
        for (int run = 1; run <= 3; run++) {
            List<List<Object>> rows = query("after: report query (rows)", current.sql(), current.parameters());
            Set<List<Object>> changes = new HashSet<>(
                    query("after: chart query (places x months)", ConsentRatesOverTime.CHANGES, List.of(end)));
            assertThat(rows).as("the report's rows in both forms").isEqualTo(formerRows);
            assertThat(changes).as("the chart's changes in both forms").isEqualTo(formerChanges);
        }
        for (int run = 1; run <= 3; run++) {
            measure("after: PDF (rows)", () -> render(ReportFormat.PDF));
        }
        measure("after: XLSX (rows)", () -> render(ReportFormat.XLSX));
        measure("after: CSV (rows)", () -> render(ReportFormat.CSV));
    }

    /**
     * Per customer: a place; a first choice for CLV profiling (nine in ten), a later "no" for one in five of them
     * (one in five of those a GPC opt-out), a marketing-sync choice for half; a CLV result, suppressed for one in
     * fifty and due for renewal for one in twenty of the rest. The draws are hashes of the customer's number, so every
     * run loads the same data; rows go in customer by customer, as the former CSV load put them.
     */
    private void load(int customers) {
        long firstCustomer = next("customers");
        step("customers", () -> (long) jdbc.sql("""
                        INSERT INTO customers (id, customer_key, customer_type, country, region, created_at, updated_at)
                        SELECT ? + g.i, %s, 'INDIVIDUAL', p.country, p.region,
                               CAST(? AS TIMESTAMP WITH TIME ZONE) + g.i * INTERVAL '1 minute',
                               CAST(? AS TIMESTAMP WITH TIME ZONE) + g.i * INTERVAL '1 minute'
                          FROM generate_series(0, ? - 1) AS g(i) JOIN %s ON p.n = %s
                         ORDER BY g.i""".formatted(key("g.i"), PLACES, draw("g.i", 1, 13)))
                .params(firstCustomer, ago(800), ago(800), customers)
                .update());
        step("consent events", () -> (long) jdbc.sql("""
                        INSERT INTO consent_events (customer_key, purpose, status, lawful_basis, captured_at, source,
                                                    policy_version, wording, signal, recorded_by, recorded_at)
                        SELECT %s, e.purpose, e.status,
                               CASE WHEN e.status = 'GIVEN' THEN 'CONSENT' ELSE 'LEGITIMATE_INTEREST' END,
                               e.captured_at, 'benchmark', 'privacy-2026-01', 'I agree.', e.signal, 'benchmark',
                               e.captured_at + INTERVAL '3 minutes'
                          FROM (SELECT g.i, CAST(? AS TIMESTAMP WITH TIME ZONE) - (30 + %s) * INTERVAL '1 day' AS given,
                                       %s = 0 AS says_no, %s = 0 AS gpc, %s AS no_kind, 1 + %s AS days_to_no,
                                       %s = 0 AS marketing, %s = 0 AS marketing_no
                                  FROM generate_series(0, ? - 1) AS g(i)
                                 WHERE %s <> 0) d
                         CROSS JOIN LATERAL (VALUES
                               (1, 'clv-profiling', 'GIVEN', CAST(NULL AS VARCHAR(16)), d.given),
                               (2, 'clv-profiling',
                                CASE WHEN d.gpc THEN 'OPTED_OUT'
                                     ELSE (ARRAY['WITHDRAWN', 'OBJECTED', 'OPTED_OUT'])[d.no_kind + 1] END,
                                CASE WHEN d.gpc THEN 'GPC' END, d.given + d.days_to_no * INTERVAL '1 day'),
                               (3, 'marketing-sync', CASE WHEN d.marketing_no THEN 'WITHDRAWN' ELSE 'GIVEN' END,
                                NULL, d.given)) AS e(k, purpose, status, signal, captured_at)
                         WHERE e.k = 1 OR (e.k = 2 AND d.says_no) OR (e.k = 3 AND d.marketing)
                         ORDER BY d.i, e.k""".formatted(
                                key("d.i"),
                                draw("g.i", 3, 700),
                                draw("g.i", 4, 5),
                                draw("g.i", 5, 5),
                                draw("g.i", 6, 3),
                                draw("g.i", 7, 25),
                                draw("g.i", 8, 2),
                                draw("g.i", 9, 4),
                                draw("g.i", 2, 10)))
                .params(ago(0), customers)
                .update());
        long firstResult = next("clv_results");
        step("CLV results", () -> (long) jdbc.sql("""
                        INSERT INTO clv_results (id, customer_key, status, eligibility, currency, historic, predicted,
                                                 total, historic_only, serial_returner, inputs_digest, explanation,
                                                 scored_on, computed_at)
                        SELECT ? + g.i, %s,
                               CASE WHEN g.i %% 50 = 7 THEN 'SUPPRESSED' ELSE 'PUBLISHED' END,
                               CASE WHEN g.i %% 50 = 7 THEN 'SUPPRESSED' WHEN g.i %% 20 = 1 THEN 'RENEWAL_DUE'
                                    ELSE 'ELIGIBLE' END,
                               CASE WHEN g.i %% 50 = 7 THEN NULL ELSE 'EUR' END,
                               CASE WHEN g.i %% 50 = 7 THEN NULL ELSE 120 END,
                               CASE WHEN g.i %% 50 = 7 THEN NULL ELSE 80 END,
                               CASE WHEN g.i %% 50 = 7 THEN NULL ELSE 200 END,
                               FALSE, FALSE, REPEAT('0', 64),
                               CASE WHEN g.i %% 50 = 7
                                    THEN '{"eligibility":{"reasons":[{"code":"CONSENT_WITHDRAWN","rule":"A no is honoured"}]}}'
                                    ELSE '{}' END,
                               CURRENT_DATE, CAST(? AS TIMESTAMP WITH TIME ZONE)
                          FROM generate_series(0, ? - 1) AS g(i)
                         ORDER BY g.i""".formatted(key("g.i")))
                .params(firstResult, ago(0), customers)
                .update());
        step("current CLV values", () -> (long) jdbc.sql("""
                        INSERT INTO clv_current (customer_key, status, published_id, suppressed_id, updated_at)
                        SELECT %s, CASE WHEN g.i %% 50 = 7 THEN 'SUPPRESSED' ELSE 'PUBLISHED' END,
                               CASE WHEN g.i %% 50 = 7 THEN NULL ELSE ? + g.i END,
                               CASE WHEN g.i %% 50 = 7 THEN ? + g.i END, CAST(? AS TIMESTAMP WITH TIME ZONE)
                          FROM generate_series(0, ? - 1) AS g(i)
                         ORDER BY g.i""".formatted(key("g.i")))
                .params(firstResult, firstResult, ago(0), customers)
                .update());
        jdbc.sql("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT MAX(id) FROM customers))")
                .query()
                .singleRow();
        jdbc.sql("SELECT setval(pg_get_serial_sequence('clv_results', 'id'), (SELECT MAX(id) FROM clv_results))")
                .query()
                .singleRow();
    }

    /** A draw from 0 to n - 1, the same for the same customer number and salt in every run. */
    private static String draw(String number, int salt, int n) {
        return "(hashint8(%s * 16 + %d) & 2147483647) %% %d"
                .formatted(number, salt, n)
                .replace("%%", "%");
    }

    private static String key(String number) {
        return "'cus_ccbench' || LPAD(CAST(%s AS VARCHAR), 12, '0')".formatted(number);
    }

    private static String key(int customer) {
        return "cus_ccbench%012d".formatted(customer);
    }

    private static OffsetDateTime ago(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
    }

    private long next(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)
                .query(Long.class)
                .single();
    }

    /** The report as it was: section 1 read per customer, the chart from the former query. */
    private SqlReport formerForm(OffsetDateTime end) {
        return new SqlReport() {
            @Override
            public String name() {
                return report.name();
            }

            @Override
            public Set<String> roles() {
                return report.roles();
            }

            @Override
            public List<ReportParameter> parameters() {
                return report.parameters();
            }

            @Override
            public List<Column> columns() {
                return report.columns();
            }

            @Override
            public Map<String, DerivedField> derived() {
                return report.derived();
            }

            @Override
            public ReportQuery query(ReportArguments arguments) {
                return report.query(arguments, false);
            }

            @Override
            public List<Chart> charts(ReportArguments arguments) {
                return List.of(new Chart(
                        "CHART_CONSENT_RATES",
                        "Chart consent by family",
                        "Consent to CLV profiling by jurisdiction family",
                        "month (UTC), share at its end",
                        "share consenting",
                        Chart.Style.LINES,
                        true,
                        ratesOverTime.monthly(end, FORMER_CHANGES)));
            }
        };
    }

    /** What {@link Reports#render} does, without the audit record, for a report that is not the service's. */
    private long renderDirectly(SqlReport definition, ReportArguments arguments, ReportFormat format) {
        Map<String, Object> header =
                new HashMap<>(format == ReportFormat.CSV ? Map.of() : definition.headerValues(arguments));
        List<Chart> charts = definition.charts(arguments);
        if (format != ReportFormat.CSV) {
            charts.forEach(chart -> header.put(chart.parameter(), chart.image()));
        }
        header.put("GENERATED_AT", Instant.now().toString());
        header.put("GENERATED_BY", "compliance (COMPLIANCE)");
        header.put("PARAMETERS", arguments.describe());
        try {
            Path file = Files.createTempFile("easel-benchmark-", "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                return renderer.render(definition, arguments, format, header, charts, out);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long render(ReportFormat format) {
        try (RenderedReport rendered = reports.render("consent-compliance", format, Map.of(), compliance)) {
            return rendered.rows();
        }
    }

    /**
     * Runs a query on a connection of its own and reads every row; prints the wall time and the CPU time of the
     * database process that served it (from /proc, as the server runs on this machine).
     */
    private List<List<Object>> query(String what, String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            long backend;
            try (Statement statement = connection.createStatement();
                    ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                backend = pid.getLong(1);
            }
            double cpuBefore = processCpuSeconds(backend);
            long started = System.nanoTime();
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1_000);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<Object> row = new ArrayList<>(columns);
                        for (int c = 1; c <= columns; c++) {
                            Object value = result.getObject(c);
                            row.add(value instanceof Number number ? number.longValue() : value);
                        }
                        rows.add(row);
                    }
                }
            }
            double wall = seconds(started);
            double cpu = processCpuSeconds(backend) - cpuBefore;
            connection.rollback();
            System.out.printf(
                    "BENCHMARK consent-compliance %s: %,d in %.2f s (database process CPU %.2f s); load %.1f%n",
                    what, rows.size(), wall, cpu, load());
            assertThat(rows).isNotEmpty();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, the 14th and 15th fields, in clock ticks of 1/100 s on Linux.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void owner(String sql) {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static void step(String what, Supplier<Long> work) {
        long started = System.nanoTime();
        long rows = work.get();
        System.out.printf("BENCHMARK load step %s: %,d in %.1f s; load %.1f%n", what, rows, seconds(started), load());
    }

    private static void measure(String what, Supplier<Long> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long rows = work.get();
        System.out.printf(
                "BENCHMARK consent-compliance %s: %,d in %.2f s (CPU of this thread %.2f s); load %.1f%n",
                what, rows, seconds(started), (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9, load());
        assertThat(rows).isPositive();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
