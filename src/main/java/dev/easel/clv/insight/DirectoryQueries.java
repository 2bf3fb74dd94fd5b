package dev.easel.clv.insight;

import dev.easel.clv.ClvDirectory;
import dev.easel.clv.RfmSegment;
import dev.easel.clv.model.ChurnBand;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list. Sorted by a value then the key, continued after the last row's pair: with an index on neither it
 * still reads no more rows than a page after the filter, and the database never counts an offset.
 */
@Repository
class DirectoryQueries implements ClvDirectory {

    /** A row without a value (suppressed) sorts after every value. */
    private static final BigDecimal NO_VALUE = BigDecimal.valueOf(-1);

    private final JdbcClient jdbc;

    DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query query) {
        if (query.customerKeys() != null && query.customerKeys().isEmpty()) {
            return new Page(List.of(), null);
        }
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        String value = "COALESCE(r." + query.sort().column() + ", -1)";
        String segment = RfmSegment.sqlCase("r");
        StringBuilder sql = new StringBuilder("SELECT c.customer_key, c.status, r.currency, r.historic, r.predicted, "
                + "r.total, r.probability_alive, " + segment + " AS segment, k.country, k.customer_type, "
                + value + " AS sort_value" + CurrentRows.FROM + "JOIN customers k ON k.customer_key = c.customer_key "
                + "WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.customerKeys() != null) {
            sql.append(" AND c.customer_key IN (")
                    .append(String.join(
                            ", ", query.customerKeys().stream().map(key -> "?").toList()))
                    .append(")");
            params.addAll(query.customerKeys());
        }
        if (query.status() != null) {
            sql.append(" AND c.status = ?");
            params.add(query.status());
        }
        if (query.churnBand() != null) {
            ChurnBand band = ChurnBand.valueOf(query.churnBand());
            sql.append(" AND c.status <> 'SUPPRESSED' AND r.probability_alive IS NOT NULL");
            if (band != ChurnBand.LOW) {
                sql.append(" AND 1 - r.probability_alive >= ?");
                params.add(band == ChurnBand.HIGH ? ChurnBand.HIGH_FROM : ChurnBand.MEDIUM_FROM);
            }
            if (band != ChurnBand.HIGH) {
                sql.append(" AND 1 - r.probability_alive < ?");
                params.add(band == ChurnBand.LOW ? ChurnBand.MEDIUM_FROM : ChurnBand.HIGH_FROM);
            }
        }
        if (query.segment() != null) {
            sql.append(" AND ").append(segment).append(" = ?");
            params.add(query.segment().name());
        }
        if (query.country() != null) {
            sql.append(" AND k.country = ?");
            params.add(query.country());
        }
        if (query.type() != null) {
            sql.append(" AND k.customer_type = ?");
            params.add(query.type());
        }
        if (query.channel() != null) {
            sql.append(
                    " AND EXISTS (SELECT 1 FROM customer_source_ids s WHERE s.customer_id = k.id AND s.channel = ?)");
            params.add(query.channel());
        }
        if (query.cohort() != null) {
            sql.append(" AND (SELECT MIN(o.placed_at) FROM orders o WHERE o.customer_id = k.id) >= ?"
                    + " AND (SELECT MIN(o.placed_at) FROM orders o WHERE o.customer_id = k.id) < ?");
            params.add(query.cohort().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            params.add(query.cohort().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.after() != null) {
            BigDecimal after =
                    query.after().value() == null ? NO_VALUE : query.after().value();
            sql.append(" AND (")
                    .append(value)
                    .append(" < ? OR (")
                    .append(value)
                    .append(" = ? AND c.customer_key > ?))");
            params.add(after);
            params.add(after);
            params.add(query.after().customerKey());
        }
        sql.append(" ORDER BY sort_value DESC, c.customer_key LIMIT ").append(size + 1);
        List<Row> rows = new ArrayList<>(size + 1);
        List<BigDecimal> values = new ArrayList<>(size + 1);
        jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    Double alive = rs.getObject("probability_alive", Double.class);
                    boolean suppressed = "SUPPRESSED".equals(rs.getString("status"));
                    Double churn = alive == null || suppressed ? null : 1.0 - alive;
                    rows.add(new Row(
                            rs.getString("customer_key"),
                            rs.getString("status"),
                            rs.getString("currency"),
                            suppressed ? null : rs.getBigDecimal("historic"),
                            suppressed ? null : rs.getBigDecimal("predicted"),
                            suppressed ? null : rs.getBigDecimal("total"),
                            churn,
                            churn == null ? null : ChurnBand.of(churn).name(),
                            suppressed ? RfmSegment.UNSCORED : RfmSegment.valueOf(rs.getString("segment")),
                            rs.getString("country"),
                            rs.getString("customer_type")));
                    values.add(rs.getBigDecimal("sort_value"));
                    return null;
                })
                .list();
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Row last = rows.get(size - 1);
        return new Page(List.copyOf(rows.subList(0, size)), new Cursor(values.get(size - 1), last.customerKey()));
    }
}
