package dev.easel.consent;

import java.time.Instant;

/** A renewal of the customer's consent was requested; it lapses at {@code expiresAt} unless renewed. */
public record ConsentRenewalRequested(String customerKey, Purpose purpose, Instant expiresAt, String processInstance) {}
