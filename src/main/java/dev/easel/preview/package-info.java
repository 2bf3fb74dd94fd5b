/**
 * Seeing a rule change on every customer before it goes live: candidates beside the version in service, their
 * impact reports (shadow evaluations), promotion by a second person to a share of customers or all, and rollback.
 * The candidates and promotions themselves belong to the rules module, the shadow evaluation to the CLV module; this
 * module puts them together for people (API, console) and holds the promotion policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Preview")
package dev.easel.preview;
