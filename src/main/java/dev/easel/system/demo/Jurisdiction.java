package dev.easel.system.demo;

import java.util.List;

/**
 * Where a customer lives, which currency they pay in, and which privacy regime applies to them.
 *
 * @param region ISO 3166-2 code where the rules differ by state (US), otherwise empty
 * @param share  relative share of customers
 */
record Jurisdiction(String country, String region, String currency, Regime regime, double share) {

    /** The privacy regime decides which consent stories are plausible: GDPR objections, CCPA opt-outs. */
    enum Regime { EU, UK, CALIFORNIA, US_OTHER, OTHER }

    static final List<Jurisdiction> ALL = List.of(
            new Jurisdiction("FR", "", "EUR", Regime.EU, 12),
            new Jurisdiction("DE", "", "EUR", Regime.EU, 14),
            new Jurisdiction("NL", "", "EUR", Regime.EU, 9),
            new Jurisdiction("ES", "", "EUR", Regime.EU, 6),
            new Jurisdiction("IT", "", "EUR", Regime.EU, 6),
            new Jurisdiction("BE", "", "EUR", Regime.EU, 3),
            new Jurisdiction("IE", "", "EUR", Regime.EU, 2),
            new Jurisdiction("AT", "", "EUR", Regime.EU, 2),
            new Jurisdiction("GB", "", "GBP", Regime.UK, 14),
            new Jurisdiction("US", "US-CA", "USD", Regime.CALIFORNIA, 10),
            new Jurisdiction("US", "US-NY", "USD", Regime.US_OTHER, 6),
            new Jurisdiction("US", "US-TX", "USD", Regime.US_OTHER, 5),
            new Jurisdiction("US", "US-WA", "USD", Regime.US_OTHER, 3),
            new Jurisdiction("US", "US-IL", "USD", Regime.US_OTHER, 3),
            new Jurisdiction("US", "US-FL", "USD", Regime.US_OTHER, 2),
            // An international storefront prices in US dollars for the few customers outside the main markets.
            new Jurisdiction("CA", "", "USD", Regime.OTHER, 2),
            new Jurisdiction("AU", "", "USD", Regime.OTHER, 1));
}
