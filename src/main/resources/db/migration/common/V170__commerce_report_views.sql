-- What the commerce module lets other modules read of its ledger, for reporting: pseudonymous keys, jurisdictions and
-- amounts, never personal data. The reports read these views, not the tables, so the ledger's tables can change as
-- long as the views keep their columns.

-- Where each customer is (the law that applies follows from it) and since when Easel knows them.
CREATE VIEW commerce_customer_jurisdictions AS
SELECT c.customer_key, c.country, c.region, c.created_at
  FROM customers c;

-- Each customer's type and first order: when it was placed and through which channel.
CREATE VIEW commerce_customer_firsts AS
SELECT c.customer_key, c.customer_type,
       (SELECT o.channel FROM orders o WHERE o.customer_id = c.id ORDER BY o.placed_at, o.id LIMIT 1) AS first_channel,
       (SELECT MIN(o.placed_at) FROM orders o WHERE o.customer_id = c.id) AS first_order_at
  FROM customers c;

-- When each customer ordered, one row per order.
CREATE VIEW commerce_order_placements AS
SELECT c.customer_key, o.placed_at
  FROM orders o
  JOIN customers c ON c.id = o.customer_id;

-- Each order's money: its total, what was refunded and the sum of its lines (the difference is shipping and fees).
-- ledger_seq orders the rows as the ledger recorded them.
CREATE VIEW commerce_order_revenue AS
SELECT c.customer_key, o.id AS ledger_seq, o.order_id, o.currency, o.placed_at, o.total, o.refunded_total,
       (SELECT SUM(l.line_total) FROM order_lines l WHERE l.order_id = o.id) AS lines_total
  FROM orders o
  JOIN customers c ON c.id = o.customer_id;
