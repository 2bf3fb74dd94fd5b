package dev.easel.demo;

/**
 * One consent event as the consent module records it.
 *
 * @param gpc whether it came from a Global Privacy Control signal
 */
record DemoConsent(
        String customerId,
        String purpose,
        String status,
        String lawfulBasis,
        long capturedAt,
        String source,
        String policyVersion,
        String wording,
        boolean gpc) {}
