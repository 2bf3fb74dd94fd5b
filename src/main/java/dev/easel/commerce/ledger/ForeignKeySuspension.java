package dev.easel.commerce.ledger;

import dev.easel.commerce.ImportKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * For a bulk load on PostgreSQL: drops the foreign keys of the tables a file writes, inside the import's transaction,
 * and adds them back before it commits. PostgreSQL checks a foreign key row by row on insert (about 80% of the cost of
 * an order line) but all rows at once, with a join, when the key is added; so the ledger is exactly as constrained at
 * commit, and a rollback restores the keys by itself. The price: the tables are locked for the whole load.
 * The definitions are read from the catalogue, never repeated here, so they cannot drift from the migrations.
 */
@Repository
class ForeignKeySuspension {

    private static final Map<ImportKind, List<String>> TABLES = Map.of(
            ImportKind.ORDERS, List.of("orders", "order_lines", "order_promotions"),
            ImportKind.REFUNDS, List.of("refunds", "refund_lines"),
            ImportKind.CUSTOMERS, List.of("customer_source_ids", "customer_data_keys", "customer_contacts"));

    private final JdbcTemplate jdbc;

    ForeignKeySuspension(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Drops the keys and answers what {@link #restore} needs; on other databases, or under a login that does not own
     * the tables (the service's, see README), does nothing: the load is then checked row by row.
     */
    List<ForeignKey> suspend(ImportKind kind) {
        List<String> tables = TABLES.getOrDefault(kind, List.of());
        if (tables.isEmpty() || !postgres() || !ownsAll(tables)) {
            return List.of();
        }
        List<ForeignKey> keys = jdbc.query(
                "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                        + "from pg_constraint where contype = 'f' and conrelid::regclass::text in ("
                        + LedgerQueries.marks(tables) + ") order by 1, 2",
                (row, n) -> new ForeignKey(row.getString(1), row.getString(2), row.getString(3)),
                tables.toArray());
        for (ForeignKey key : keys) {
            jdbc.execute("alter table " + key.table() + " drop constraint " + quoted(key.name()));
        }
        return keys;
    }

    /** Adds the keys back, one validating scan per table. */
    void restore(List<ForeignKey> keys) {
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (ForeignKey key : keys) {
            clauses.computeIfAbsent(key.table(), table -> new ArrayList<>())
                    .add("add constraint " + quoted(key.name()) + " " + key.definition());
        }
        clauses.forEach((table, adds) -> jdbc.execute("alter table " + table + " " + String.join(", ", adds)));
    }

    private boolean ownsAll(List<String> tables) {
        Integer notOwned = jdbc.queryForObject(
                "select count(*) from pg_class where relname in ("
                        + LedgerQueries.marks(tables)
                        + ") and relkind = 'r' and not pg_has_role(current_user, relowner, "
                        + "'USAGE')",
                Integer.class,
                tables.toArray());
        return notOwned != null && notOwned == 0;
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    record ForeignKey(String table, String name, String definition) {}
}
