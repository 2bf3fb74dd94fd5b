/**
 * The append-only, hash-chained decision log: every decision Easel makes, with its inputs digest, rules fired, versions
 * and reason; its verifier and its read API. It listens to other modules' events; nobody calls it to write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package dev.easel.audit;
