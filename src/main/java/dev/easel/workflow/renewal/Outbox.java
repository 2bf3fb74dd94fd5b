package dev.easel.workflow.renewal;

import dev.easel.workflow.OutboundMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: messages appended in the deciding transaction, read and marked by the relay. */
@Repository
class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(String topic, String key, String payload) {
        jdbc.sql("INSERT INTO outbox (topic, message_key, payload, created_at) VALUES (?, ?, ?, ?)")
                .params(topic, key, payload, now())
                .update();
    }

    List<OutboundMessage> pending(int limit) {
        return jdbc.sql("SELECT id, topic, message_key, payload FROM outbox WHERE published_at IS NULL "
                        + "ORDER BY id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new OutboundMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void markPublished(long id) {
        jdbc.sql("UPDATE outbox SET published_at = ? WHERE id = ?")
                .params(now(), id)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
