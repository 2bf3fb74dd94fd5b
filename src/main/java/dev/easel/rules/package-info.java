/**
 * Business-editable Drools rules loaded from disk: validation, atomic swap, ruleset version, evaluation.
 *
 * <p>The public face is {@link dev.easel.rules.RuleEngine} with its evaluations and the fact model in
 * {@code rules.facts}; everything in {@code rules.engine} and {@code rules.web} is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules")
package dev.easel.rules;
