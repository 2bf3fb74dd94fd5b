package dev.easel.rules.facts;

import java.util.Set;

/** The privacy regime a customer falls under, derived from country and region. */
public enum Jurisdiction {
    /** The EU and EEA member states and the United Kingdom (GDPR and UK GDPR). */
    GDPR,
    /** California, United States (CCPA/CPRA). */
    CALIFORNIA,
    /** Everywhere else. */
    OTHER;

    private static final Set<String> GDPR_COUNTRIES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB");

    /** {@code country} is ISO 3166-1 alpha-2; {@code region} is ISO 3166-2 ({@code US-CA}) or null. */
    public static Jurisdiction of(String country, String region) {
        if (country != null && GDPR_COUNTRIES.contains(country)) {
            return GDPR;
        }
        if ("US".equals(country) && "US-CA".equals(region)) {
            return CALIFORNIA;
        }
        return OTHER;
    }
}
