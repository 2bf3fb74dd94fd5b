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

    private EaselUsers() {
    }

    static InMemoryUserDetailsManager from(SecurityProperties properties, Environment environment,
            PasswordEncoder encoder) {
        boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILES.toArray(String[]::new)));
        List<SecurityProperties.User> users = new ArrayList<>(properties.users());
        if (properties.demoUsers()) {
            users.addAll(DemoUsers.ALL);
        }
        if (production) {
            refuseDemoCredentials(properties, users);
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

    private static void refuseDemoCredentials(SecurityProperties properties, List<SecurityProperties.User> users) {
        if (properties.demoUsers()) {
            throw new IllegalStateException(
                    "Refusing to start: demo users are enabled under the postgres profile (easel.security.demo-users).");
        }
        for (SecurityProperties.User user : users) {
            if (DemoUsers.DEMO_PASSWORD.equals(user.password())) {
                throw new IllegalStateException(
                        "Refusing to start: user '" + user.name() + "' has the demo password under the postgres profile.");
            }
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
