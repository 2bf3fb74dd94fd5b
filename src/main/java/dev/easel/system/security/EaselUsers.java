package dev.easel.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the user store from configuration, refusing demo credentials outside the embedded default.
 */
final class EaselUsers {

    private static final Logger log = LoggerFactory.getLogger(EaselUsers.class);
    private static final Set<String> PRODUCTION_PROFILES = Set.of("postgres");

    private EaselUsers() {}

    static InMemoryUserDetailsManager from(
            SecurityProperties properties, Environment environment, PasswordEncoder encoder) {
        boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILES.toArray(String[]::new)));
        List<SecurityProperties.User> users = new ArrayList<>(properties.users());
        if (properties.demoUsers()) {
            users.addAll(DemoUsers.ALL);
        }
        if (production) {
            refuseDemoCredentials(properties, users, encoder);
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("No users configured: set easel.security.users (name, password, roles).");
        }
        if (properties.demoUsers()) {
            announceDemoUsers();
        }
        List<UserDetails> details = users.stream()
                .map(user -> User.withUsername(user.name())
                        .password(encoded(user.password(), encoder))
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(details);
    }

    /**
     * The demo password is refused however it is written: plain, {@code {noop}demo}, or encoded with any of the
     * encoder's algorithms ({@code {bcrypt}...} of "demo"), since each of them logs in with "demo".
     */
    private static void refuseDemoCredentials(
            SecurityProperties properties, List<SecurityProperties.User> users, PasswordEncoder encoder) {
        if (properties.demoUsers()) {
            throw new IllegalStateException(
                    "Refusing to start: demo users are enabled under the postgres profile (easel.security.demo-users).");
        }
        List<String> demo = new ArrayList<>();
        for (SecurityProperties.User user : users) {
            if (user.password() != null && !user.password().isBlank() && isDemo(user.password(), encoder)) {
                demo.add(user.name());
            }
        }
        if (!demo.isEmpty()) {
            throw new IllegalStateException("Refusing to start: user(s) " + demo
                    + " have the demo password (in some encoding) under the postgres profile; "
                    + "set easel.security.users[i].password to a real one.");
        }
    }

    static boolean isDemo(String password, PasswordEncoder encoder) {
        try {
            return encoder.matches(DemoUsers.DEMO_PASSWORD, encoded(password, encoder));
        } catch (IllegalArgumentException unknownEncoding) {
            throw new IllegalStateException(
                    "Refusing to start: a configured password has an encoding that " + "cannot be checked ("
                            + unknownEncoding.getMessage() + ")",
                    unknownEncoding);
        }
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("A configured user has no password.");
        }
        return password.startsWith("{") ? password : encoder.encode(password);
    }

    private static void announceDemoUsers() {
        String banner = """

                ************************************************************************
                *  DEMO USERS ARE ACTIVE (embedded default; never use in production)   *
                *  password 'demo' for each of:                                        *
                *    analyst      ANALYST                                              *
                *    compliance   COMPLIANCE (group compliance)                        *
                *    lead         COMPLIANCE (groups compliance, compliance-lead)      *
                *    auditor      AUDITOR                                              *
                *    admin        ADMIN                                                *
                *    ingest       INGEST                                               *
                ************************************************************************""";
        log.warn(banner);
    }
}
