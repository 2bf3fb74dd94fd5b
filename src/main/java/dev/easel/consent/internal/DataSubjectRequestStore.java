package dev.easel.consent.internal;

import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.Regulation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** data_subject_requests. */
@Repository
class DataSubjectRequestStore {

    private static final String SELECT = """
            SELECT id, request_type, regulation, customer_key, subject_reference, source, received_at, due_at,
                   status, completed_at, completed_by
              FROM data_subject_requests
            """;

    private final JdbcClient jdbc;

    DataSubjectRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DataSubjectRequest request) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO data_subject_requests (request_type, regulation, customer_key, subject_reference, source,
                                                   received_at, due_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')
                """)
                .params(
                        request.type().name(),
                        request.regulation().name(),
                        request.customerKey(),
                        request.subjectReference(),
                        request.source(),
                        utc(request.receivedAt()),
                        utc(request.dueAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<DataSubjectRequest> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(DataSubjectRequestStore::request)
                .optional();
    }

    List<DataSubjectRequest> ofCustomer(String customerKey) {
        return jdbc.sql(SELECT + " WHERE customer_key = ? ORDER BY received_at, id")
                .param(customerKey)
                .query(DataSubjectRequestStore::request)
                .list();
    }

    List<DataSubjectRequest> open() {
        return jdbc.sql(SELECT + " WHERE status = 'OPEN' ORDER BY due_at, id")
                .query(DataSubjectRequestStore::request)
                .list();
    }

    /** Completes every open request of this type for the customer; answers how many. */
    int complete(String customerKey, DataSubjectRequest.Type type, Instant at, String by) {
        return jdbc.sql("""
                UPDATE data_subject_requests SET status = 'COMPLETED', completed_at = ?, completed_by = ?
                 WHERE customer_key = ? AND request_type = ? AND status = 'OPEN'
                """).params(utc(at), by, customerKey, type.name()).update();
    }

    private static DataSubjectRequest request(ResultSet rs, int row) throws SQLException {
        return new DataSubjectRequest(
                rs.getLong("id"),
                DataSubjectRequest.Type.valueOf(rs.getString("request_type")),
                Regulation.valueOf(rs.getString("regulation")),
                rs.getString("customer_key"),
                rs.getString("subject_reference"),
                rs.getString("source"),
                instant(rs, "received_at"),
                instant(rs, "due_at"),
                DataSubjectRequest.Status.valueOf(rs.getString("status")),
                instant(rs, "completed_at"),
                rs.getString("completed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
