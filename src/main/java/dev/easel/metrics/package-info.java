/**
 * Business metrics for operators, scraped from {@code /actuator/prometheus}: decisions by kind, the review queue,
 * consent withdrawals honoured, outbox and quarantine backlogs, batch progress, rule reloads and build errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
package dev.easel.metrics;
