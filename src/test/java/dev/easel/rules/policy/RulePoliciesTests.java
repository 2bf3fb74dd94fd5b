package dev.easel.rules.policy;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The policies in {@code features/}, one feature per rule file, run against the real rules in {@code rules/}. Fails
 * when a rule fires in no scenario (see {@link RuleCoverage}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"features/consent", "features/clv", "features/review"})
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.easel.rules.policy")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
class RulePoliciesTests {}
