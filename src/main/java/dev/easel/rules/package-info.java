/**
 * Business-editable Drools rules loaded from disk: validation, atomic swap, ruleset version, evaluation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules")
package dev.easel.rules;
