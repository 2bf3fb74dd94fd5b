/**
 * Consent events per purpose (append-only), lawful basis, objections and opt-out signals.
 *
 * <p>Other modules read the events only through the view {@code consent_choices} (migration V171: key, purpose,
 * status, signal, when captured and recorded; not the wording, source or recorder), documented in docs/reports.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package dev.easel.consent;
