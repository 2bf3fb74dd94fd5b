/**
 * Historic and predicted customer lifetime value: the BG/NBD and Gamma-Gamma model, fits, scores and batch runs.
 *
 * <p>Other modules read results and fits only through the views this module owns (migration V172, documented in
 * docs/reports.md): {@code clv_current_results} (each customer's status and the result it rests on),
 * {@code clv_published_current} (the CLV in force), {@code clv_published_history} (every published total) and
 * {@code clv_latest_model_fit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CLV")
package dev.easel.clv;
