package dev.easel.privacy.policy;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The customer-facing privacy policies in {@code features/privacy}, run over HTTP against the embedded default (the
 * console tests' context): the real pages, tokens, consent module and workflow.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/privacy")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.easel.privacy.policy")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
class PrivacyPoliciesIT {}
