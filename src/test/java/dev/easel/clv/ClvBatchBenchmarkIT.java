package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.testing.StatementStatistics;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Full CLV batch on PostgreSQL (docs/benchmarks.md, "CLV batch"). Off by default: run with
 * {@code -Deasel.benchmark.clv-customers=100000 -Deasel.clv.chunk-size=1000}. Generates the demo marketplace, loads
 * it (bulk import, or with {@code -Deasel.benchmark.clv-load=copy} straight into the tables with COPY, for millions
 * of orders; COPY writes the generator's own ids, so it needs the empty database of a run of this test alone; with
 * {@code -Deasel.benchmark.clv-load=generate} a template marketplace is copied inside PostgreSQL, see
 * {@link GeneratedLedger}, for a million customers in minutes rather than an hour), then
 * times the fit and the batch run end to end and prints {@code BENCHMARK} lines with the peak heap.
 * {@code -Deasel.benchmark.clv-second-run=true} adds a run that evaluates every customer again, for comparison.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.clv-customers", matches = "\\d+")
class ClvBatchBenchmarkIT {

    @Autowired
    CsvImports imports;

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    ClvBatchRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    ApplicationContext context;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void fitsAndRecalculatesEveryCustomer() throws IOException {
        int customers = Integer.getInteger("easel.benchmark.clv-customers");
        String loadMode = System.getProperty("easel.benchmark.clv-load", "import");
        boolean generated = "generate".equals(loadMode);
        Path folder = Files.createDirectories(Path.of("target/benchmark/clv-" + customers));
        if (!generated && !Files.exists(folder.resolve("consents.csv"))) {
            DemoLedger.generate(customers, folder);
        }
        if (Integer.getInteger("easel.benchmark.clv-plan-rounds") != null) {
            planOnly(folder, Integer.getInteger("easel.benchmark.clv-plan-rounds"));
            return;
        }
        long loadStarted = System.nanoTime();
        boolean copy = "copy".equals(loadMode);
        String loadDetail = copy ? "COPY into the ledger tables" : "bulk import of the ledger, consents inserted";
        if (generated) {
            loadDetail = "generated in PostgreSQL: "
                    + GeneratedLedger.load(
                            customers,
                            template -> DemoLedger.loadLedger(
                                    template, imports, true, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS)),
                            dataSource,
                            owner);
        } else if (copy) {
            DemoLedger.loadLedger(folder, imports, true, List.of(ImportKind.SELLERS, ImportKind.PROMOTIONS));
            LedgerCopy.load(folder, dataSource, owner);
        } else {
            DemoLedger.loadLedger(folder, imports, true);
            loadConsents(folder.resolve("consents.csv"));
        }
        double loadSeconds = seconds(loadStarted);
        if (generated) {
            System.out.println("BENCHMARK ledger shape (not timed):"
                    + GeneratedLedger.shape(dataSource, GeneratedLedger.templateSize(customers)));
        }
        long orders = jdbc.queryForObject("select count(*) from orders", Long.class);

        StatementStatistics statements = new StatementStatistics(postgres);
        statements.reset();
        System.gc();
        long liveBefore = HeapPeaks.liveBytes();
        HeapPeaks heap = HeapPeaks.reset();
        HeapWatch fitWatch = HeapWatch.start();
        double loadBeforeFit = load();
        long fitStarted = System.nanoTime();
        StoredFit fit = fits.fitNow(ModelTimeUnit.DAYS, null, "benchmark");
        double fitSeconds = seconds(fitStarted);
        double loadAfterFit = load();
        fitWatch.close();
        System.out.print(statements.report("fit", 12));
        statements.reset();
        long fitHeap = heap.peakBytes();
        // Not timed: what the fit keeps for the run (its evaluations) is what stays live after a collection.
        System.gc();
        long keptByTheFit = HeapPeaks.liveBytes() - liveBefore;
        HeapWatch runWatch = HeapWatch.start();
        long runStarted = System.nanoTime();
        BatchRun planned = runs.plan("benchmark", null);
        double planSeconds = seconds(runStarted);
        BatchRun run = runner.resume(planned.runId());
        double runSeconds = seconds(runStarted);
        runWatch.close();
        System.out.print(statements.report("batch run", 15));
        System.out.printf(
                "BENCHMARK heap and load: fit %s, load average %.1f then %.1f; batch run %s, load average %.1f%n",
                fitWatch.describe(), loadBeforeFit, loadAfterFit, runWatch.describe(), load());

        if (Boolean.getBoolean("easel.benchmark.clv-second-run")) {
            // The fit's evaluations served the first run and are gone: this one evaluates every customer again.
            long againStarted = System.nanoTime();
            BatchRun again = runner.runAll("benchmark");
            System.out.printf(
                    "BENCHMARK second batch run, evaluating every customer again: %.1f s; summary %s%n",
                    seconds(againStarted),
                    jdbc.queryForObject(
                            "select summary from clv_batch_runs where run_id = ?", String.class, again.runId()));
        }
        assertThat(fit.status()).isEqualTo("FITTED");
        assertThat(run.customersDone()).isEqualTo(run.customers());
        System.out.printf(
                "BENCHMARK load (%s): %,d customers, %,d orders in %.1f s%n",
                loadDetail, run.customers(), orders, loadSeconds);
        System.out.printf(
                "BENCHMARK fit: %.1f s (%,d customers fitted, %,d repeat); live heap kept after the fit "
                        + "%,d MiB (%,d bytes per customer)%n",
                fitSeconds,
                fit.customers(),
                fit.repeatCustomers(),
                keptByTheFit >> 20,
                keptByTheFit / Math.max(1, run.customers()));
        System.out.printf(
                "BENCHMARK batch run: %.1f s (plan %.1f s, chunks and finish %.1f s), %d chunks: "
                        + "%,d published, %,d flagged, %,d suppressed, %,d historic only; summary %s%n",
                runSeconds,
                planSeconds,
                runSeconds - planSeconds,
                run.chunks(),
                run.published(),
                run.flagged(),
                run.suppressed(),
                run.historicOnly(),
                jdbc.queryForObject("select summary from clv_batch_runs where run_id = ?", String.class, run.runId()));
        String[] digestAndFile = digestAndWriteResults(run.runId(), folder);
        System.out.printf("BENCHMARK results digest: %s%n", digestAndFile[0]);
        System.out.printf("BENCHMARK fit parameters: %s%n", fit.parameters());
        System.out.printf("BENCHMARK results written to %s (compare two runs with diff)%n", digestAndFile[1]);
        System.out.printf(
                "BENCHMARK fit + batch end to end: %.1f s; peak heap %,d MiB during the fit, %,d MiB over "
                        + "fit and batch (max heap %,d MiB); peak resident memory of the test JVM %s%n",
                fitSeconds + runSeconds,
                fitHeap >> 20,
                heap.peakBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                peakResidentMemory());
    }

    /**
     * Only the plan, several rounds in one JVM ({@code -Deasel.benchmark.clv-plan-rounds=5}): planning reads nothing
     * but the customers' keys, so only the customers are loaded and there is no fit. Each round plans twice, with
     * PostgreSQL's statements (every chunk's row, then one statement of members per chunk) and with the JDBC batch of
     * single-row inserts that H2 still uses, in alternating order, so that both see the same load.
     */
    private void planOnly(Path folder, int rounds) {
        DemoLedger.loadLedger(folder, imports, true, List.of(ImportKind.CUSTOMERS));
        Object store = AopTestUtils.getUltimateTargetObject(context.getBean("batchStore"));
        Object database = ReflectionTestUtils.getField(store, "database");
        for (int round = 1; round <= rounds; round++) {
            for (boolean statement : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                ReflectionTestUtils.setField(database, "postgres", statement);
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long started = System.nanoTime();
                BatchRun planned = runs.plan("benchmark", null);
                System.out.printf(
                        "BENCHMARK plan round %d, %s: %,d customers in %d chunks, %.2f s; load average " + "%.1f%n",
                        round,
                        statement ? "chunks first, one statement of members per chunk" : "JDBC batch per chunk",
                        planned.customers(),
                        planned.chunks(),
                        seconds(started),
                        load);
                assertThat(jdbc.queryForObject(
                                "select count(*) from clv_batch_members where run_id = ?", Long.class, planned.runId()))
                        .isEqualTo(planned.customers());
            }
        }
        ReflectionTestUtils.setField(database, "postgres", null);
    }

    /**
     * Consents straight into their table: the consent module records events one by one through its API, which
     * would dominate the load; the benchmark times CLV, not the load.
     */
    private void loadConsents(Path file) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> {
                List<String> f = DemoLedger.fields(line);
                rows.add(new Object[] {
                    f.get(0),
                    f.get(1),
                    f.get(2),
                    f.get(3),
                    Timestamp.from(OffsetDateTime.parse(f.get(4)).toInstant()),
                    f.get(5),
                    f.get(6),
                    f.get(7),
                    f.get(8).isEmpty() ? null : f.get(8)
                });
            });
        }
        jdbc.batchUpdate(
                "insert into consent_events (customer_key, purpose, status, lawful_basis, captured_at, source, "
                        + "policy_version, wording, signal, recorded_by, recorded_at) select c.customer_key, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, 'benchmark', now() from customer_source_ids s join customers c on c.id = s.customer_id "
                        + "where s.source_id = ?",
                rows.stream()
                        .map(r -> new Object[] {r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[0]})
                        .toList());
    }

    /** The columns of a result that the digest and the results file hold, in their order. */
    private static final List<String> RESULT_COLUMNS = List.of(
            "customer_key",
            "status",
            "eligibility",
            "currency",
            "historic",
            "predicted",
            "total",
            "historic_orders",
            "expected_orders",
            "probability_alive",
            "expected_spend",
            "average_order_value",
            "average_days_between",
            "next_order_on",
            "historic_only",
            "frequency",
            "recency",
            "age",
            "mean_repeat_spend",
            "largest_order_share",
            "serial_returner",
            "ruleset_version",
            "inputs_digest",
            "explanation");

    /**
     * In one pass over the run's results in customer order, streamed (a million explanations do not fit one string
     * or the heap): an MD5 over every result (status, values, model inputs and explanation, all but the instants, the
     * model's version and the inputs digest), then, apart, over the inputs digests, so that a difference can be
     * placed; and every result as one line per customer in a file, so that two runs can be compared line by line.
     * The digests are those of {@code md5(string_agg(concat_ws('|', ...), E'\\n' order by customer_key))}.
     */
    private String[] digestAndWriteResults(String runId, Path folder) throws IOException {
        Path file = folder.resolve("results-" + System.currentTimeMillis() + ".tsv");
        MessageDigest results = md5();
        MessageDigest inputs = md5();
        int inputsColumn = RESULT_COLUMNS.indexOf("inputs_digest");
        String select = "select "
                + String.join(
                        ", ",
                        RESULT_COLUMNS.stream()
                                // concat_ws's text of each value (booleans as t and f), null kept apart from the empty
                                // text
                                .map(c -> "case when " + c + " is null then null else concat_ws('', " + c + ") end")
                                .toList())
                + " from clv_results where run_id = ? order by customer_key";
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setFetchSize(2_000);
                statement.setString(1, runId);
                try (ResultSet rows = statement.executeQuery()) {
                    boolean first = true;
                    boolean firstInputs = true;
                    while (rows.next()) {
                        List<String> digested = new ArrayList<>();
                        List<String> written = new ArrayList<>();
                        for (int column = 0; column < RESULT_COLUMNS.size(); column++) {
                            String value = rows.getString(column + 1);
                            if (value == null) {
                                continue; // concat_ws and string_agg leave nulls out
                            }
                            written.add(value);
                            if (column != inputsColumn) {
                                digested.add(value);
                            }
                        }
                        results.update(
                                ((first ? "" : "\n") + String.join("|", digested)).getBytes(StandardCharsets.UTF_8));
                        first = false;
                        String inputsDigest = rows.getString(inputsColumn + 1);
                        if (inputsDigest != null) {
                            inputs.update(((firstInputs ? "" : "\n") + inputsDigest).getBytes(StandardCharsets.UTF_8));
                            firstInputs = false;
                        }
                        out.write(String.join("\t", written));
                        out.write('\n');
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("the run's results could not be read", e);
        }
        String digest = HexFormat.of().formatHex(results.digest()) + " (inputs digests "
                + HexFormat.of().formatHex(inputs.digest()) + ")";
        return new String[] {digest, file.toString()};
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String peakResidentMemory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
