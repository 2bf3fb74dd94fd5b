/**
 * The console's shell: sign-in page, each role's home, and the status strip every page carries (batch run, review
 * queue, renewals due, outbox and sync backlog, rules in service, audit chain). The desks' pages live in the
 * {@code web} packages of the modules they show; this module only reads other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package dev.easel.console;
