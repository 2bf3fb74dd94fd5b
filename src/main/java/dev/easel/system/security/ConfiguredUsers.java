package dev.easel.system.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Everyone who may log in: the configured users and, in the embedded default, the demo users. Camunda's identity is
 * filled from this list so that Tasklist and Cockpit accept the same names, passwords and groups.
 */
public record ConfiguredUsers(List<SecurityProperties.User> all) {

    public ConfiguredUsers {
        all = List.copyOf(all);
    }

    static ConfiguredUsers of(SecurityProperties properties) {
        List<SecurityProperties.User> users = new ArrayList<>(properties.users());
        if (properties.demoUsers()) {
            users.addAll(DemoUsers.ALL);
        }
        return new ConfiguredUsers(users);
    }
}
