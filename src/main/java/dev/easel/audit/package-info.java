/**
 * The append-only, hash-chained decision log: every decision Easel makes, with its inputs digest, rules fired, versions
 * and reason; its verifier and its read API. It listens to other modules' events; nobody calls it to write.
 *
 * <p>Other modules' SQL reads the log only through the view {@code audit_decisions} (migration V173: each record as
 * chained, without inputs digest or process instance), documented in docs/reports.md; it is read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package dev.easel.audit;
