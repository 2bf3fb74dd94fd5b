/**
 * Consent events per purpose (append-only), lawful basis, objections and opt-out signals.
 *
 * <p>Shaped like commerce: this package is the API other modules call ({@link dev.easel.consent.Consents},
 * {@link dev.easel.consent.ConsentEligibility}, {@link dev.easel.consent.DataSubjectRights} and the other interfaces,
 * with the records, enums and events they speak in); the implementations, stores, validation and the mapping to the
 * rules' facts are in {@code consent.internal}, and the controllers and console pages in {@code consent.web}.
 *
 * <p>Other modules read the events only through the view {@code consent_choices} (migration V171: key, purpose,
 * status, signal, when captured and recorded; not the wording, source or recorder), documented in docs/reports.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package dev.easel.consent;
