/**
 * Consent events per purpose (append-only), lawful basis, objections and opt-out signals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package dev.easel.consent;
