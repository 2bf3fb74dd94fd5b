-- Shopify delivers a webhook at least once: its X-Shopify-Webhook-Id tells a repeat from a new event.
-- Only the id, topic and time are kept, never the payload (it carries personal data).
CREATE TABLE shopify_webhook_deliveries (
    webhook_id  VARCHAR(100) PRIMARY KEY,
    topic       VARCHAR(64)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Shopify refunds name the order's line items by Shopify's id; the ledger numbers lines 1..n.
CREATE TABLE shopify_line_items (
    line_item_id VARCHAR(40)  PRIMARY KEY,
    order_id     VARCHAR(100) NOT NULL,
    line_no      INTEGER      NOT NULL CHECK (line_no > 0)
);
CREATE INDEX shopify_line_items_order ON shopify_line_items (order_id);
