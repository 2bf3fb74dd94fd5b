package dev.easel.demo;

import java.util.List;

/**
 * Where a customer lives, which currency they pay in, and which privacy regime applies to them.
 *
 * @param region ISO 3166-2 code where the rules differ by state (US), otherwise empty
 * @param share  relative share of customers
 */
record Jurisdiction(String country, String region, String currency, Regime regime, double share) {

    /**
     * The privacy regime decides which consent stories are plausible: GDPR objections, US and Canadian opt-outs, GPC
     * signals where browsers send them. The law that applies is the rules' business (rules/consent/jurisdictions.csv).
     */
    enum Regime {
        EU,
        UK,
        CALIFORNIA,
        US_STATE_LAW,
        US_OTHER,
        CANADA,
        LEGITIMATE_INTEREST,
        OTHER
    }

    static final List<Jurisdiction> ALL = List.of(
            new Jurisdiction("FR", "", "EUR", Regime.EU, 11),
            new Jurisdiction("DE", "", "EUR", Regime.EU, 13),
            new Jurisdiction("NL", "", "EUR", Regime.EU, 8),
            new Jurisdiction("ES", "", "EUR", Regime.EU, 5),
            new Jurisdiction("IT", "", "EUR", Regime.EU, 5),
            new Jurisdiction("BE", "", "EUR", Regime.EU, 3),
            new Jurisdiction("IE", "", "EUR", Regime.EU, 2),
            new Jurisdiction("AT", "", "EUR", Regime.EU, 2),
            new Jurisdiction("GB", "", "GBP", Regime.UK, 12),
            // The Swiss storefront prices in euros.
            new Jurisdiction("CH", "", "EUR", Regime.LEGITIMATE_INTEREST, 2),
            new Jurisdiction("US", "US-CA", "USD", Regime.CALIFORNIA, 9),
            new Jurisdiction("US", "US-CO", "USD", Regime.US_STATE_LAW, 3),
            new Jurisdiction("US", "US-TX", "USD", Regime.US_STATE_LAW, 4),
            new Jurisdiction("US", "US-VA", "USD", Regime.US_STATE_LAW, 3),
            new Jurisdiction("US", "US-OR", "USD", Regime.US_STATE_LAW, 2),
            new Jurisdiction("US", "US-CT", "USD", Regime.US_STATE_LAW, 2),
            new Jurisdiction("US", "US-FL", "USD", Regime.US_STATE_LAW, 2),
            new Jurisdiction("US", "US-NY", "USD", Regime.US_OTHER, 5),
            new Jurisdiction("US", "US-WA", "USD", Regime.US_OTHER, 2),
            new Jurisdiction("US", "US-IL", "USD", Regime.US_OTHER, 2),
            // An international storefront prices in US dollars for the customers outside the main markets.
            new Jurisdiction("CA", "CA-ON", "USD", Regime.CANADA, 2),
            new Jurisdiction("CA", "CA-QC", "USD", Regime.CANADA, 1),
            new Jurisdiction("BR", "", "USD", Regime.LEGITIMATE_INTEREST, 1),
            new Jurisdiction("AU", "", "USD", Regime.OTHER, 1));
}
