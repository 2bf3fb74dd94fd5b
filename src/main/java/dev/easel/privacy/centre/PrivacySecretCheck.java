package dev.easel.privacy.centre;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under the {@code postgres} profile the service does not start with a link-signing or survey-webhook secret anyone
 * could know (none, an unresolved placeholder, the demo one, or one too short to be a key): with the first, anyone
 * could open any customer's preference centre; with the second, post answers in customers' names.
 */
@Component
class PrivacySecretCheck {

    static final String DEMO_SECRET = "demo-privacy-link-secret-change-me";
    private static final int MIN_LENGTH = 32;

    static final String DEMO_SURVEY_SECRET = "demo-survey-webhook-secret";

    PrivacySecretCheck(PrivacyProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))) {
            String problem = problem(
                    "easel.privacy.token-secret", "EASEL_PRIVACY_TOKEN_SECRET", properties.tokenSecret(), DEMO_SECRET);
            if (problem == null) {
                problem = problem(
                        "easel.privacy.survey-secret",
                        "EASEL_PRIVACY_SURVEY_SECRET",
                        environment.getProperty("easel.privacy.survey-secret"),
                        DEMO_SURVEY_SECRET);
            }
            if (problem != null) {
                throw new IllegalStateException("Refusing to start under the postgres profile: " + problem);
            }
        }
    }

    static String problem(String property, String variable, String secret, String demo) {
        if (secret == null || secret.isBlank() || secret.startsWith("${")) {
            return property + " is not set (set " + variable + ")";
        }
        if (secret.equals(demo)) {
            return property + " is the embedded default's demo secret";
        }
        if (secret.length() < MIN_LENGTH) {
            return property + " must be at least " + MIN_LENGTH + " characters";
        }
        return null;
    }
}
