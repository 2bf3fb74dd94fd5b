package dev.easel.clv;

import dev.easel.testing.DemoLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Seeds the ledger of a large benchmark inside PostgreSQL: a template marketplace from the demo generator (tens of
 * thousands of customers, loaded with {@link LedgerCopy}), then copies of it made by the database itself, one
 * {@code INSERT ... SELECT} per table over {@code generate_series}, until the ledger holds the customers asked for.
 * Copying a generated template rather than restating the generator in SQL keeps every one of its shapes (types,
 * jurisdictions, ages, consents and their withdrawals, buying rates and dropouts, seasons, bulk orders, promotions,
 * refunds) without a second implementation to drift from the first.
 *
 * <p>Copy {@code k} of template customer {@code c} is customer {@code c + k * N}, with a key of its own (a hash of the
 * template's key and {@code k}) and its whole history (orders, refunds, consent events, first seen) moved earlier by
 * 0 to 14 whole days, drawn from a hash of {@code c} and {@code k}: the same on every run, and different between
 * copies, so that the fit sees distinct recencies and ages rather than one template repeated. Orders and refunds keep
 * the files' id scheme ({@code ord-N}, {@code ref-N}) with ids offset per copy. Each statement walks the copies in
 * order ({@code generate_series} outside, the template in a lateral join inside), so that every key is inserted in
 * ascending ranges. Checks stay on; indexes that back no key are dropped first and built once at the end, and foreign
 * keys are dropped first and added back at the end, which checks every row against them in one join per key.
 */
final class GeneratedLedger {

    /** The template's size unless {@code easel.benchmark.template-customers} says otherwise. */
    static final int TEMPLATE_CUSTOMERS = 10_000;

    private GeneratedLedger() {}

    /** How many customers the template has for a ledger of {@code customers}. */
    static int templateSize(int customers) {
        return Math.min(customers, Integer.getInteger("easel.benchmark.template-customers", TEMPLATE_CUSTOMERS));
    }

    /** What the load took, table by table, in seconds (the template's generation and COPY first). */
    record Timings(Map<String, Double> seconds) {

        double total() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            seconds.forEach((step, time) -> parts.add(String.format("%s %.1f s", step, time)));
            return String.join(", ", parts);
        }
    }

    /**
     * Fills an empty ledger with {@code customers} customers. {@code referenceData} loads the template folder's
     * sellers and promotions (through the import: a dozen rows each) before its ledger is copied in;
     * {@code owner} owns the schema (it may drop and build indexes).
     */
    static Timings load(int customers, Consumer<Path> referenceData, DataSource dataSource, DataSource owner) {
        int templateSize = templateSize(customers);
        Map<String, Double> seconds = new LinkedHashMap<>();
        long started = System.nanoTime();
        Path template = Path.of("target/benchmark/clv-" + templateSize);
        if (!Files.exists(template.resolve("consents.csv"))) {
            DemoLedger.generate(templateSize, template);
        }
        seconds.put("template generated", since(started));
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Keys checked row by row (a trigger and a look-up per row) cost more than the rows themselves: the
            // loaded tables' foreign keys are dropped for the load and added again at its end, which checks every
            // row in one join per key, as a restore does. A row the keys refuse still fails the load.
            List<String> foreignKeys = foreignKeys(statement);
            for (String key : foreignKeys) {
                String[] parts = key.split(" ", 3);
                statement.execute("ALTER TABLE " + parts[0] + " DROP CONSTRAINT " + parts[1]);
            }
            started = System.nanoTime();
            referenceData.accept(template);
            LedgerCopy.load(template, dataSource, owner);
            seconds.put("template COPY", since(started));
            long templateCustomers = single(statement, "SELECT COALESCE(MAX(id), 0) FROM customers");
            if (templateCustomers < customers) {
                copy(statement, customers, templateCustomers, seconds);
            }
            started = System.nanoTime();
            for (String key : foreignKeys) {
                String[] parts = key.split(" ", 3);
                statement.execute("ALTER TABLE " + parts[0] + " ADD CONSTRAINT " + parts[1] + " " + parts[2]);
            }
            seconds.put("foreign keys added and checked", since(started));
            return new Timings(seconds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Statement statement, int customers, long templateCustomers, Map<String, Double> seconds)
            throws SQLException {
        long templateOrders = single(statement, "SELECT COALESCE(MAX(id), 0) FROM orders");
        long templateRefunds = single(statement, "SELECT COALESCE(MAX(id), 0) FROM refunds");
        long copies = (customers + templateCustomers - 1) / templateCustomers;
        statement.execute("SET work_mem = '64MB'");
        statement.execute("SET maintenance_work_mem = '512MB'");
        // Each copy reads the template from temporary tables of its own: a table being filled is scanned to its
        // end, rows not yet visible included, so reading the template from it would cost more with every copy.
        for (String table : LedgerCopy.TABLES) {
            statement.execute("CREATE TEMPORARY TABLE template_" + table + " AS SELECT * FROM " + table);
            statement.execute("ANALYZE template_" + table);
        }
        List<String> indexes = LedgerCopy.secondaryIndexes(statement);
        for (String index : indexes) {
            statement.execute("DROP INDEX " + index.substring(0, index.indexOf(' ')));
        }
        Copies sql = new Copies(copies, customers, templateCustomers, templateOrders, templateRefunds);
        for (Map.Entry<String, String> table : sql.statements().entrySet()) {
            long started = System.nanoTime();
            int rows = statement.executeUpdate(table.getValue());
            seconds.put(String.format("%s (%,d rows)", table.getKey(), rows), since(started));
        }
        long started = System.nanoTime();
        for (String index : indexes) {
            statement.execute(index.substring(index.indexOf(' ') + 1));
        }
        for (String table : List.of("customers", "orders", "refunds", "consent_events")) {
            statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + "(SELECT MAX(id) FROM "
                    + table + "))");
        }
        seconds.put("indexes and sequences", since(started));
        started = System.nanoTime();
        statement.execute("ANALYZE");
        seconds.put("ANALYZE", since(started));
    }

    /** "table name definition" for each foreign key of the tables the load fills. */
    private static List<String> foreignKeys(Statement statement) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT c.conrelid::regclass::text, c.conname, "
                + "pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.contype = 'f' "
                + "AND c.conrelid::regclass::text IN ('" + String.join("', '", LedgerCopy.TABLES) + "') "
                + "ORDER BY c.conrelid::regclass::text, c.conname")) {
            while (rows.next()) {
                keys.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return keys;
    }

    /** The statements that make copies 1 to {@code copies - 1} of the template, one per table, in key order. */
    record Copies(long copies, long customers, long templateCustomers, long templateOrders, long templateRefunds) {

        Map<String, String> statements() {
            Map<String, String> statements = new LinkedHashMap<>();
            statements.put(
                    "customers",
                    "INSERT INTO customers (id, customer_key, customer_type, country, region, birth_year, created_at, "
                            + "updated_at) "
                            + "SELECT c.id + k * " + templateCustomers + ", " + key("c.customer_key")
                            + ", c.customer_type, c.country, c.region, c.birth_year, c.created_at, c.updated_at "
                            + copiesOf("SELECT * FROM template_customers c", "c.id", "c"));
            statements.put(
                    "customer_source_ids",
                    "INSERT INTO customer_source_ids (source_id, customer_id, channel, first_seen_at) "
                            + "SELECT s.source_id || '.' || k, s.customer_id + k * " + templateCustomers
                            + ", s.channel, s.first_seen_at - " + shift("s.customer_id") + " "
                            + copiesOf("SELECT * FROM template_customer_source_ids s", "s.customer_id", "s"));
            statements.put(
                    "orders",
                    "INSERT INTO orders (id, order_id, customer_id, channel, placed_at, currency, seller_id, total, "
                            + "refunded_total, payload_hash, recorded_at) "
                            + "SELECT o.id + k * " + templateOrders + ", 'ord-' || (o.id + k * " + templateOrders
                            + "), o.customer_id + k * " + templateCustomers + ", o.channel, o.placed_at - "
                            + shift("o.customer_id")
                            + ", o.currency, o.seller_id, o.total, o.refunded_total, "
                            + "encode(sha256(convert_to(o.payload_hash || '/' || k, 'UTF8')), 'hex'), o.recorded_at "
                            + copiesOf("SELECT * FROM template_orders o", "o.customer_id", "o"));
            statements.put(
                    "order_lines",
                    "INSERT INTO order_lines (order_id, line_no, sku, category, quantity, unit_price, discount, "
                            + "line_total, seller_id) "
                            + "SELECT l.order_id + k * " + templateOrders
                            + ", l.line_no, l.sku, l.category, l.quantity, l.unit_price, l.discount, l.line_total, "
                            + "l.seller_id "
                            + copiesOf(
                                    "SELECT l.*, o.customer_id FROM template_order_lines l JOIN template_orders o ON o.id = l.order_id",
                                    "o.customer_id",
                                    "l"));
            statements.put(
                    "order_promotions",
                    "INSERT INTO order_promotions (order_id, promotion_code) "
                            + "SELECT p.order_id + k * " + templateOrders + ", p.promotion_code "
                            + copiesOf(
                                    "SELECT p.*, o.customer_id FROM template_order_promotions p "
                                            + "JOIN template_orders o ON o.id = p.order_id",
                                    "o.customer_id",
                                    "p"));
            statements.put(
                    "refunds",
                    "INSERT INTO refunds (id, refund_id, order_id, refund_type, amount, currency, reason, occurred_at, "
                            + "payload_hash, recorded_at) "
                            + "SELECT r.id + k * " + templateRefunds + ", 'ref-' || (r.id + k * " + templateRefunds
                            + "), r.order_id + k * " + templateOrders + ", r.refund_type, r.amount, r.currency, "
                            + "r.reason, r.occurred_at - " + shift("r.customer_id")
                            + ", encode(sha256(convert_to(r.payload_hash || '/' || k, 'UTF8')), 'hex'), r.recorded_at "
                            + copiesOf(
                                    "SELECT r.*, o.customer_id FROM template_refunds r JOIN template_orders o ON o.id = r.order_id",
                                    "o.customer_id",
                                    "r"));
            statements.put(
                    "refund_lines",
                    "INSERT INTO refund_lines (refund_id, order_id, line_no, quantity, amount) "
                            + "SELECT rl.refund_id + k * " + templateRefunds + ", rl.order_id + k * " + templateOrders
                            + ", rl.line_no, rl.quantity, rl.amount "
                            + copiesOf(
                                    "SELECT rl.*, o.customer_id FROM template_refund_lines rl "
                                            + "JOIN template_orders o ON o.id = rl.order_id",
                                    "o.customer_id",
                                    "rl"));
            statements.put(
                    "consent_events",
                    "INSERT INTO consent_events (customer_key, purpose, status, lawful_basis, captured_at, source, "
                            + "policy_version, wording, signal, recorded_by, recorded_at, notice_version, "
                            + "notice_language) "
                            + "SELECT " + key("e.customer_key")
                            + ", e.purpose, e.status, e.lawful_basis, e.captured_at - " + shift("e.customer_id")
                            + ", e.source, e.policy_version, e.wording, e.signal, e.recorded_by, e.recorded_at, "
                            + "e.notice_version, e.notice_language "
                            + copiesOf(
                                    "SELECT e.*, c.id AS customer_id FROM template_consent_events e "
                                            + "JOIN template_customers c ON c.customer_key = e.customer_key",
                                    "c.id",
                                    "e"));
            return statements;
        }

        /**
         * The template's rows (those of its customers that fit under the total) once per copy, copies in order:
         * the lateral subquery is run again for each {@code k}, so the rows come out copy by copy.
         */
        private String copiesOf(String templateRows, String templateCustomerId, String alias) {
            return "FROM generate_series(1, " + (copies - 1) + ") AS k, LATERAL (" + templateRows + " WHERE "
                    + templateCustomerId + " <= " + customers + " - k * " + templateCustomers + ") AS " + alias;
        }

        /** The copy's customer key: the template's key and {@code k} hashed, in the key's own shape. */
        private static String key(String templateKey) {
            return "'cus_' || substr(md5(" + templateKey + " || '/' || k), 1, 24)";
        }

        /** 0 to 14 whole days, the same for all of one copied customer's history. */
        private static String shift(String templateCustomerId) {
            return "(abs(hashint8extended(" + templateCustomerId + " * 4096 + k, 0) % 15) * interval '1 day')";
        }
    }

    /**
     * The ledger's shape, for the template's customers and for all: customers, orders, order lines and refunds per
     * order, consent events per customer, the shares of customer types, the five largest countries, customers whose
     * latest word on profiling is a "no", and repeat buyers. Printed by the benchmarks so that a reader can see the
     * copies kept the generator's proportions.
     */
    static String shape(DataSource dataSource, int templateCustomers) {
        String query = "WITH c AS (SELECT * FROM customers WHERE id <= ?), "
                + "o AS (SELECT o.* FROM orders o JOIN c ON c.id = o.customer_id), "
                + "per AS (SELECT customer_id, COUNT(*) AS n FROM o GROUP BY customer_id), "
                + "latest AS (SELECT DISTINCT ON (e.customer_key) e.status FROM consent_events e "
                + "JOIN c ON c.customer_key = e.customer_key WHERE e.purpose = 'clv-profiling' "
                + "ORDER BY e.customer_key, e.captured_at DESC, e.id DESC) "
                + "SELECT (SELECT COUNT(*) FROM c), (SELECT COUNT(*) FROM o), "
                + "(SELECT COUNT(*) FROM order_lines l JOIN o ON o.id = l.order_id), "
                + "(SELECT COUNT(*) FROM refunds r JOIN o ON o.id = r.order_id), "
                + "(SELECT COUNT(*) FROM consent_events e JOIN c ON c.customer_key = e.customer_key), "
                + "(SELECT string_agg(t, ' ') FROM (SELECT customer_type || ' ' "
                + "|| round(100.0 * COUNT(*) / (SELECT COUNT(*) FROM c), 1) || '%' AS t FROM c "
                + "GROUP BY customer_type ORDER BY COUNT(*) DESC) x), "
                + "(SELECT string_agg(t, ' ') FROM (SELECT country || ' ' "
                + "|| round(100.0 * COUNT(*) / (SELECT COUNT(*) FROM c), 1) || '%' AS t FROM c "
                + "GROUP BY country ORDER BY COUNT(*) DESC, country LIMIT 5) x), "
                + "(SELECT round(100.0 * COUNT(*) FILTER (WHERE status <> 'GIVEN') / GREATEST(COUNT(*), 1), 1) "
                + "FROM latest), "
                + "(SELECT round(100.0 * COUNT(*) FILTER (WHERE n > 1) / (SELECT COUNT(*) FROM c), 1) FROM per)";
        try (Connection connection = dataSource.getConnection()) {
            StringBuilder shape = new StringBuilder();
            for (long limit : new long[] {templateCustomers, Long.MAX_VALUE}) {
                try (var select = connection.prepareStatement(query)) {
                    select.setLong(1, limit);
                    try (var rows = select.executeQuery()) {
                        rows.next();
                        double customers = rows.getLong(1);
                        double orders = rows.getLong(2);
                        shape.append(String.format(
                                "%n  %s: %,d customers, %.2f orders each, %.2f lines and %.3f refunds per order, "
                                        + "%.2f consent events each; %s; %s; profiling refused by %s%%; "
                                        + "%s%% bought more than once",
                                limit == templateCustomers ? "template" : "whole ledger",
                                rows.getLong(1),
                                orders / customers,
                                rows.getLong(3) / orders,
                                rows.getLong(4) / orders,
                                rows.getLong(5) / customers,
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getString(9)));
                    }
                }
            }
            return shape.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
