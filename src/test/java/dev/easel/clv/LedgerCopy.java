package dev.easel.clv;

import dev.easel.testing.DemoLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Seeds the ledger of a large benchmark straight from the demo generator's files with PostgreSQL {@code COPY}: the
 * normal import checks and records every order one by one, which takes most of an hour for ten million orders on
 * this machine. The tables keep all their constraints and keys, so the database still refuses anything the import
 * would refuse. What this skips: personal data (CLV never reads it) and the import's own bookkeeping. Customers whose
 * source ids share an email become one customer, as the import merges them. Order and refund ids of the files
 * ({@code ord-N}, {@code ref-N}) give the rows' numeric ids; the identity sequences are moved past them.
 */
final class LedgerCopy {

    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;
    private final String now = Instant.now().toString();
    private final Map<String, Integer> customerOfSource = new HashMap<>();
    private final List<String> customerKeys = new ArrayList<>();
    private long[] refundedCents = new long[1 << 20];

    private LedgerCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tables this fills: their secondary indexes are dropped for the load and built once after it. */
    static final List<String> TABLES = List.of(
            "customers",
            "customer_source_ids",
            "orders",
            "order_lines",
            "order_promotions",
            "refunds",
            "refund_lines",
            "consent_events");

    /**
     * Sellers and promotions must be in already (a dozen rows each, through the import). A table is copied only
     * after the tables it refers to are committed, since its keys are checked row by row: files are read twice.
     * Tables that do not refer to each other are copied at the same time (orders and their lines beside consents),
     * and indexes that no key needs are built after the rows are in rather than row by row (by {@code owner}, the
     * role that owns the schema: the service's role may not drop an index).
     */
    static void load(Path folder, DataSource dataSource, DataSource owner) {
        LedgerCopy copy = new LedgerCopy(dataSource);
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> indexes = secondaryIndexes(statement);
            for (String index : indexes) {
                statement.execute("DROP INDEX " + index.substring(0, index.indexOf(' ')));
            }
            copy.customers(folder.resolve("customers.csv"));
            copy.refundTotals(folder.resolve("refunds.csv"));
            Future<?> consents = beside.submit(() -> {
                copy.consents(folder.resolve("consents.csv"));
                return null;
            });
            copy.orders(folder.resolve("orders.csv"));
            Future<?> refunds = beside.submit(() -> {
                copy.refunds(folder.resolve("refunds.csv"));
                return null;
            });
            copy.orderLines(folder.resolve("orders.csv"));
            consents.get();
            refunds.get();
            copy.refundLines(folder.resolve("refunds.csv"));
            for (String index : indexes) {
                statement.execute(index.substring(index.indexOf(' ') + 1));
            }
            for (String table : List.of("customers", "orders", "refunds")) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT MAX(id) FROM " + table + "))");
            }
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            beside.shutdownNow();
        }
    }

    /** "name CREATE INDEX ..." for each index of the loaded tables that backs no primary key or unique constraint. */
    static List<String> secondaryIndexes(Statement statement) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                + "WHERE i.schemaname = current_schema() AND i.tablename IN ('" + String.join("', '", TABLES) + "') "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")) {
            while (rows.next()) {
                indexes.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return indexes;
    }

    private void customers(Path file) throws IOException, SQLException {
        Map<String, Integer> byEmail = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Copy customers = new Copy("customers (id, customer_key, customer_type, country, region, birth_year, "
                        + "created_at, updated_at)")) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                String email = f.get(5).trim().toLowerCase(Locale.ROOT);
                Integer id = byEmail.get(email);
                if (id == null) {
                    id = customerKeys.size() + 1;
                    byEmail.put(email, id);
                    String key = "cus_" + hex(sha256(email)).substring(0, 24);
                    customerKeys.add(key);
                    customers.row(id, key, f.get(1), f.get(2), f.get(3), f.get(4), now, now);
                }
                customerOfSource.put(f.get(0), id);
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Copy sources = new Copy("customer_source_ids (source_id, customer_id, channel, first_seen_at)")) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                sources.row(f.get(0), customer(f.get(0)), f.get(7), now);
            }
        }
    }

    /** What each order has had given back, for its refunded total (checked against its total by the table). */
    private void refundTotals(Path file) throws IOException {
        String refund = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                if (f.get(0).equals(refund)) {
                    continue;
                }
                refund = f.get(0);
                int order = number(f.get(1));
                if (order >= refundedCents.length) {
                    refundedCents = Arrays.copyOf(refundedCents, Math.max(order + 1, refundedCents.length * 2));
                }
                refundedCents[order] += cents(f.get(3));
            }
        }
    }

    private void orders(Path file) throws IOException, SQLException {
        try (Copy orders = new Copy("orders (id, order_id, customer_id, channel, placed_at, currency, seller_id, "
                + "total, refunded_total, payload_hash, recorded_at)")) {
            forEachOrder(file, (rows, payload) -> {
                List<String> head = rows.get(0);
                int id = number(head.get(0));
                long totalCents = 0;
                for (List<String> f : rows) {
                    totalCents += lineCents(f);
                }
                long refunded = id < refundedCents.length ? refundedCents[id] : 0;
                orders.row(
                        id,
                        head.get(0),
                        customer(head.get(1)),
                        head.get(2),
                        head.get(3),
                        head.get(4),
                        head.get(5),
                        money(totalCents),
                        money(refunded),
                        hex(sha256(payload.toString())),
                        now);
            });
        }
    }

    private void orderLines(Path file) throws IOException, SQLException {
        try (Copy lines = new Copy("order_lines (order_id, line_no, sku, category, quantity, unit_price, discount, "
                        + "line_total, seller_id)");
                Copy promotions = new Copy("order_promotions (order_id, promotion_code)")) {
            forEachOrder(file, (rows, payload) -> {
                List<String> head = rows.get(0);
                int id = number(head.get(0));
                for (List<String> f : rows) {
                    lines.row(
                            id,
                            f.get(7),
                            f.get(8),
                            f.get(9),
                            f.get(10),
                            f.get(11),
                            f.get(12),
                            money(lineCents(f)),
                            f.get(13).isEmpty() ? head.get(5) : f.get(13));
                }
                if (!head.get(6).isEmpty()) {
                    for (String code : head.get(6).split("\\|")) {
                        promotions.row(id, code);
                    }
                }
            });
        }
    }

    private interface OrderRows {
        void accept(List<List<String>> rows, CharSequence payload) throws SQLException;
    }

    /** The file's rows grouped by order (an order's lines are consecutive), with the order's text. */
    private static void forEachOrder(Path file, OrderRows consumer) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            List<List<String>> rows = new ArrayList<>();
            StringBuilder payload = new StringBuilder();
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                List<String> f = line == null ? null : DemoLedger.fields(line);
                if (!rows.isEmpty()
                        && (f == null || !f.get(0).equals(rows.get(0).get(0)))) {
                    consumer.accept(rows, payload);
                    rows.clear();
                    payload.setLength(0);
                }
                if (f == null) {
                    return;
                }
                rows.add(f);
                payload.append(line).append('\n');
            }
        }
    }

    private static long lineCents(List<String> f) {
        return cents(f.get(11)) * Long.parseLong(f.get(10)) - cents(f.get(12));
    }

    private void refunds(Path file) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Copy refunds = new Copy("refunds (id, refund_id, order_id, refund_type, amount, currency, reason, "
                        + "occurred_at, payload_hash, recorded_at)")) {
            reader.readLine();
            String refund = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                if (!f.get(0).equals(refund)) {
                    refund = f.get(0);
                    refunds.row(
                            number(f.get(0)),
                            f.get(0),
                            number(f.get(1)),
                            f.get(2),
                            f.get(3),
                            f.get(4),
                            f.get(5),
                            f.get(6),
                            hex(sha256(line)),
                            now);
                }
            }
        }
    }

    private void refundLines(Path file) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Copy lines = new Copy("refund_lines (refund_id, order_id, line_no, quantity, amount)")) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                if (!f.get(7).isEmpty()) {
                    lines.row(number(f.get(0)), number(f.get(1)), f.get(7), f.get(8), f.get(9));
                }
            }
        }
    }

    private void consents(Path file) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Copy consents = new Copy("consent_events (customer_key, purpose, status, lawful_basis, captured_at, "
                        + "source, policy_version, wording, signal, recorded_by, recorded_at)")) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = DemoLedger.fields(line);
                consents.row(
                        customerKeys.get(customer(f.get(0)) - 1),
                        f.get(1),
                        f.get(2),
                        f.get(3),
                        f.get(4),
                        f.get(5),
                        f.get(6),
                        f.get(7),
                        f.get(8),
                        "benchmark",
                        now);
            }
        }
    }

    private int customer(String sourceId) {
        Integer id = customerOfSource.get(sourceId);
        if (id == null) {
            throw new IllegalStateException("no customer " + sourceId);
        }
        return id;
    }

    /** {@code ord-17} -> 17. */
    private static int number(String id) {
        return Integer.parseInt(id.substring(id.indexOf('-') + 1));
    }

    private static long cents(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static String money(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** One table's {@code COPY ... FROM STDIN (FORMAT csv)}, fed in pieces of about a megabyte. */
    private final class Copy implements AutoCloseable {

        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        /** On a connection of its own: a connection carries one COPY at a time. */
        Copy(String tableAndColumns) throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT csv)");
        }

        /** Empty strings and nulls go in as NULL. */
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                String value = values[i] == null ? "" : values[i].toString();
                if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                    buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(value);
                }
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
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
