/**
 * Historic and predicted customer lifetime value: the BG/NBD and Gamma-Gamma model, fits, scores and batch runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CLV")
package dev.easel.clv;
