package dev.easel.integrations.shopify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The adapter's own bookkeeping: deliveries seen, and Shopify line item ids against ledger line numbers. */
@Repository
class ShopifyStore {

    private final JdbcClient jdbc;

    ShopifyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean delivered(String webhookId) {
        return jdbc.sql("SELECT COUNT(*) FROM shopify_webhook_deliveries WHERE webhook_id = ?")
                        .param(webhookId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Throws DuplicateKeyException when a concurrent delivery of the same webhook got there first. */
    void recordDelivery(String webhookId, String topic, Instant at) {
        jdbc.sql("INSERT INTO shopify_webhook_deliveries (webhook_id, topic, received_at) VALUES (?, ?, ?)")
                .params(webhookId, topic, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    void rememberLines(String orderId, List<String> lineItemIds) {
        for (int i = 0; i < lineItemIds.size(); i++) {
            String lineItemId = lineItemIds.get(i);
            if (lineItemId == null) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO shopify_line_items (line_item_id, order_id, line_no)
                    SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM shopify_line_items WHERE line_item_id = ?)
                    """).params(lineItemId, orderId, i + 1, lineItemId).update();
        }
    }

    Map<String, Integer> lineNumbers(String orderId) {
        Map<String, Integer> numbers = new HashMap<>();
        jdbc.sql("SELECT line_item_id, line_no FROM shopify_line_items WHERE order_id = ?")
                .param(orderId)
                .query(rs -> {
                    numbers.put(rs.getString(1), rs.getInt(2));
                });
        return numbers;
    }
}
