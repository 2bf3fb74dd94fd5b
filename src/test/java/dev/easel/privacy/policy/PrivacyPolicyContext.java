package dev.easel.privacy.policy;

import dev.easel.testing.ConsoleTest;
import io.cucumber.spring.CucumberContextConfiguration;

/** The scenarios run in the console tests' context: the embedded default with its demo customers, on a real port. */
@CucumberContextConfiguration
@ConsoleTest
class PrivacyPolicyContext {}
