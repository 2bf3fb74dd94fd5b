/**
 * The fact model that rule files import: plain Java records and enums, no Spring, no persistence. Inputs describe one
 * customer on pseudonymous keys and numbers; outputs are what rules insert and what the engine hands back merged.
 * Documented for analysts in {@code rules/README.md}.
 */
@org.springframework.modulith.NamedInterface("facts")
package dev.easel.rules.facts;
