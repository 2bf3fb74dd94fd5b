package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.testing.EmbeddedPostgresConfiguration;
import dev.easel.testing.PostgresIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CSV import throughput into PostgreSQL (docs/benchmarks.md). Off by default: run with
 * {@code -Deasel.benchmark.order-lines=1000000}. {@code -Deasel.benchmark.modes} lists the modes to time in turn, in
 * one JVM so that their ratios are measured under the same load: {@code inline} (parse and write on one thread),
 * {@code pipelined} (the default import), {@code bulk-inline} and {@code bulk} (bulk loads, with COPY) and
 * {@code bulk-insert} (the bulk load with the normal import's multi-row inserts, as before COPY); by default
 * {@code inline,pipelined,bulk}. The bulk loads run as operators are told to run them, with the owner's rights (the
 * service's login is made a member of the owner role for the test), so that they suspend the foreign keys;
 * {@code -Deasel.benchmark.bulk-as-service=true} keeps the service's own rights (keys checked row by row). {@code -Deasel.benchmark.rounds} repeats the list (default 1). The order tables are
 * emptied before each mode, so every mode imports the same file into the same state. Besides wall time it prints the
 * CPU time of this JVM and of the database's connections, which a machine shared with other work distorts less.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.order-lines", matches = "\\d+")
class OrderImportBenchmarkIT {

    private static final int CUSTOMERS = 20_000;
    private static final String[] CATEGORIES = {"PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS"};

    @Autowired
    CsvImports imports;

    @Autowired
    CsvImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    private String firstContent;

    @Test
    void importsOrderLinesFast() throws IOException {
        int lines = Integer.getInteger("easel.benchmark.order-lines");
        List<String> modes = Arrays.asList(System.getProperty("easel.benchmark.modes", "inline,pipelined,bulk")
                .split(","));
        int rounds = Integer.getInteger("easel.benchmark.rounds", 1);
        Path folder = Files.createDirectories(Path.of("target/benchmark"));
        Path customers = write(folder.resolve("customers.csv"), customersCsv());
        Path sellers = write(
                folder.resolve("sellers.csv"),
                new StringBuilder("sellerId,name,party,dpaSignedOn,country,region\nbench-easel,Easel,FIRST_PARTY,"
                        + "2024-01-01,DE,\nbench-third,Third,THIRD_PARTY,,US,US-NY\n"));
        Path orders = folder.resolve("orders.csv");
        writeOrders(orders, lines);

        assertThat(load(ImportKind.SELLERS, sellers).errorCount()).isZero();
        long customersStarted = System.nanoTime();
        assertThat(load(ImportKind.CUSTOMERS, customers).errorCount()).isZero();
        double customerSeconds = (System.nanoTime() - customersStarted) / 1e9;
        System.out.printf(
                "BENCHMARK customers: %d in %.1f s = %.0f/s%n",
                CUSTOMERS, customerSeconds, CUSTOMERS / customerSeconds);
        boolean asOwner = !Boolean.getBoolean("easel.benchmark.bulk-as-service");
        if (asOwner) {
            asSuperuser(
                    "GRANT " + EmbeddedPostgresConfiguration.OWNER + " TO " + EmbeddedPostgresConfiguration.SERVICE);
        }
        try {
            for (int round = 1; round <= rounds; round++) {
                for (String mode : modes) {
                    time(mode.trim(), orders, round);
                }
            }
        } finally {
            if (asOwner) {
                asSuperuser("REVOKE " + EmbeddedPostgresConfiguration.OWNER + " FROM "
                        + EmbeddedPostgresConfiguration.SERVICE);
            }
        }
    }

    private void asSuperuser(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void time(String mode, Path orders, int round) throws IOException {
        jdbc.execute("truncate order_amendments, order_promotions, order_lines, refund_lines, refunds, orders");
        long jvmCpu = jvmCpuNanos();
        long databaseCpu = databaseCpuNanos();
        long started = System.nanoTime();
        ImportReport report;
        try (Reader reader = Files.newBufferedReader(orders, StandardCharsets.UTF_8)) {
            report = switch (mode) {
                case "inline" -> importer.run(ImportKind.ORDERS, reader, false, false, false);
                case "pipelined" -> imports.importFile(ImportKind.ORDERS, reader, false);
                case "bulk-inline" -> importer.run(ImportKind.ORDERS, reader, false, true, false);
                case "bulk" -> imports.bulkLoad(ImportKind.ORDERS, reader);
                // The bulk load as it was before COPY: the normal import's multi-row inserts, keys suspended.
                case "bulk-insert" -> importer.run(ImportKind.ORDERS, reader, false, true, true, false);
                default -> throw new IllegalArgumentException("no benchmark mode " + mode);
            };
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double jvmSeconds = (jvmCpuNanos() - jvmCpu) / 1e9;
        double databaseSeconds = (databaseCpuNanos() - databaseCpu) / 1e9;

        assertThat(report.errors()).isEmpty();
        String content = contentDigest();
        if (firstContent == null) {
            firstContent = content;
        }
        System.out.printf(
                "BENCHMARK round %d order lines, %s: %d (%d orders) in %.1f s = %.0f lines/s; CPU: "
                        + "service %.1f s, database %.1f s; load average %.1f; content %s%n",
                round,
                mode,
                report.linesRead(),
                report.imported(),
                seconds,
                report.linesRead() / seconds,
                jvmSeconds,
                databaseSeconds,
                load,
                content);
        assertThat(content).as("what " + mode + " stored").isEqualTo(firstContent);
    }

    /** A digest of every order and line as stored, except generated ids and times: the same for every mode. */
    private String contentDigest() {
        return jdbc.queryForObject(
                "select md5(string_agg(concat_ws('|', o.order_id, c.customer_key, o.channel, "
                        + "o.placed_at, o.currency, o.seller_id, o.total, o.payload_hash, l.line_no, l.sku, l.category, "
                        + "l.quantity, l.unit_price, l.discount, l.line_total, l.seller_id), ',' order by o.order_id, "
                        + "l.line_no)) from orders o join customers c on c.id = o.customer_id "
                        + "join order_lines l on l.order_id = o.id",
                String.class);
    }

    /** CPU time of this JVM, all threads (parser, writer, garbage collector, compiler). */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the database's client connections: on a machine shared with other work, CPU time per line says
     * more about the cost than wall time does. Answers 0 where the operating system does not tell.
     */
    private long databaseCpuNanos() {
        return jdbc
                .queryForList("select pid from pg_stat_activity where backend_type = 'client backend'", Long.class)
                .stream()
                .flatMap(pid ->
                        ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).stream())
                .mapToLong(Duration::toNanos)
                .sum();
    }

    private ImportReport load(ImportKind kind, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return imports.importFile(kind, reader, false);
        }
    }

    private static StringBuilder customersCsv() {
        StringBuilder csv = new StringBuilder("customerId,type,country,region,birthYear,email,name,channel\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append("bench-c")
                    .append(i)
                    .append(",INDIVIDUAL,US,US-CA,1980,bench")
                    .append(i)
                    .append("@example.com,Bench Customer,WEB\n");
        }
        return csv;
    }

    private static void writeOrders(Path file, int lines) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("orderId,customerId,channel,placedAt,currency,sellerId,promotionCodes,lineNo,sku,category,"
                    + "quantity,unitPrice,discount,lineSellerId\n");
            int written = 0;
            for (int order = 0; written < lines; order++) {
                int orderLines = Math.min(1 + random.nextInt(5), lines - written);
                String head = "bench-o" + order + ",bench-c" + random.nextInt(CUSTOMERS) + ",WEB,2025-0"
                        + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:15:00Z,EUR,bench-easel,,";
                for (int line = 1; line <= orderLines; line++) {
                    out.write(head + line + ",SKU-" + random.nextInt(5000) + ","
                            + CATEGORIES[random.nextInt(CATEGORIES.length)] + "," + (1 + random.nextInt(4)) + ","
                            + (1 + random.nextInt(5000)) / 100.0 + ",0," + (line % 3 == 0 ? "bench-third" : "")
                            + "\n");
                }
                written += orderLines;
            }
        }
    }

    private static Path write(Path file, CharSequence content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
