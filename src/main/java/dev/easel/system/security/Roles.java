package dev.easel.system.security;

/** The roles Easel knows. Modules name them as strings in {@code @PreAuthorize}; these constants keep the list. */
public final class Roles {

    public static final String ANALYST = "ANALYST";
    public static final String COMPLIANCE = "COMPLIANCE";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String INGEST = "INGEST";

    private Roles() {}
}
