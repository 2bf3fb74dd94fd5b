package dev.easel.system.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in. The embedded default ships the demo users; any other deployment lists its own users here
 * (passwords may be given pre-encoded, e.g. {@code {bcrypt}$2a$...}).
 *
 * @param demoUsers whether the demo users of the embedded default are active
 * @param users     users configured for this deployment, in addition to or instead of the demo users
 */
@ConfigurationProperties("easel.security")
public record SecurityProperties(boolean demoUsers, List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param groups Camunda groups (for example {@code compliance}, {@code compliance-lead})
     */
    public record User(String name, String password, List<String> roles, List<String> groups) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
