package dev.easel.privacy.centre;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** consent_receipts: one per consent event captured from a customer; insert and read. */
@Repository
class ReceiptStore {

    record Row(String receiptId, long consentEventId, String customerKey, String jurisdiction, Instant issuedAt) {}

    private final JdbcClient jdbc;

    ReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("INSERT INTO consent_receipts (receipt_id, consent_event_id, customer_key, jurisdiction, issued_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(
                        row.receiptId(),
                        row.consentEventId(),
                        row.customerKey(),
                        row.jurisdiction(),
                        OffsetDateTime.ofInstant(row.issuedAt(), ZoneOffset.UTC))
                .update();
    }

    Optional<Row> find(String receiptId) {
        return jdbc.sql("SELECT receipt_id, consent_event_id, customer_key, jurisdiction, issued_at "
                        + "FROM consent_receipts WHERE receipt_id = ?")
                .param(receiptId)
                .query(ReceiptStore::row)
                .optional();
    }

    List<Row> ofCustomer(String customerKey) {
        return jdbc.sql("SELECT receipt_id, consent_event_id, customer_key, jurisdiction, issued_at "
                        + "FROM consent_receipts WHERE customer_key = ? ORDER BY issued_at DESC, consent_event_id DESC")
                .param(customerKey)
                .query(ReceiptStore::row)
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }
}
