package dev.easel.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoCredentialsTests {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MockEnvironment postgres = new MockEnvironment();

    DemoCredentialsTests() {
        postgres.setActiveProfiles("postgres");
    }

    @Test
    void refusesTheDemoPasswordInAnyEncodingNamingTheUsers() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo");
        SecurityProperties properties = new SecurityProperties(
                false,
                List.of(
                        user("ops", "{noop}demo"),
                        user("auditor2", bcrypt),
                        user("plain", "demo"),
                        user("fine", "a-long-real-passphrase")));

        assertThatThrownBy(() -> EaselUsers.from(properties, postgres, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("[ops, auditor2, plain]")
                .hasMessageNotContaining("fine");
    }

    @Test
    void refusesDemoUsersUnderPostgres() {
        assertThatThrownBy(() -> EaselUsers.from(new SecurityProperties(true, List.of()), postgres, encoder))
                .hasMessageContaining("easel.security.demo-users");
    }

    @Test
    void startsWithRealPasswordsUnderPostgresAndWithDemoUsersOutsideIt() {
        SecurityProperties real = new SecurityProperties(
                false,
                List.of(user("ops", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("correct horse battery staple"))));

        assertThat(EaselUsers.from(real, postgres, encoder).userExists("ops")).isTrue();
        assertThat(EaselUsers.from(new SecurityProperties(true, List.of()), new MockEnvironment(), encoder)
                        .userExists("analyst"))
                .isTrue();
    }

    private static SecurityProperties.User user(String name, String password) {
        return new SecurityProperties.User(name, password, List.of(Roles.ADMIN), List.of());
    }
}
