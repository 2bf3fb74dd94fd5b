/**
 * The commerce ledger: customers, sellers, promotions, orders and their refunds, returns, exchanges and cancellations;
 * their ingestion and validation. The only module, with consent, that holds personal data.
 *
 * <p>Other modules read the ledger only through the views this module owns (migration V170, documented in
 * docs/reports.md): {@code commerce_customer_jurisdictions} (key, country, region, since when),
 * {@code commerce_customer_firsts} (type, first order's time and channel), {@code commerce_order_placements} (when
 * each customer ordered) and {@code commerce_order_revenue} (each order's total, refunds and lines). Keys and
 * amounts only, never personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce")
package dev.easel.commerce;
