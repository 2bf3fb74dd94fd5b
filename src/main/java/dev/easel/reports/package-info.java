/**
 * Regulator-readable reports: JasperReports templates from {@code reports/}, compiled at start and recompiled when a
 * file changes, filled from SQL through a streaming data source, exported as PDF, XLSX or CSV. Every rendering is
 * announced as {@link dev.easel.reports.ReportRendered} so that the audit trail records who read what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package dev.easel.reports;
