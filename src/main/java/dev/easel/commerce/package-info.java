/**
 * The commerce ledger: customers, sellers, promotions, orders and their refunds, returns, exchanges and cancellations;
 * their ingestion and validation. The only module, with consent, that holds personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce")
package dev.easel.commerce;
