package dev.easel.system.security;

import dev.easel.system.security.SecurityProperties.User;
import java.util.List;

/** The demo users of the embedded default, as documented in the README. Password {@code demo} for all. */
final class DemoUsers {

    static final String DEMO_PASSWORD = "demo";

    static final List<User> ALL = List.of(
            new User("analyst", DEMO_PASSWORD, List.of(Roles.ANALYST), List.of()),
            new User("compliance", DEMO_PASSWORD, List.of(Roles.COMPLIANCE), List.of("compliance")),
            new User("lead", DEMO_PASSWORD, List.of(Roles.COMPLIANCE), List.of("compliance", "compliance-lead")),
            new User("auditor", DEMO_PASSWORD, List.of(Roles.AUDITOR), List.of()),
            new User("admin", DEMO_PASSWORD, List.of(Roles.ADMIN), List.of()),
            new User("ingest", DEMO_PASSWORD, List.of(Roles.INGEST), List.of()));

    private DemoUsers() {}
}
