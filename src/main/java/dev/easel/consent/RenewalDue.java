package dev.easel.consent;

import java.time.Instant;

/** A consent, still the customer's latest word for its purpose, that needs renewing: given at {@code capturedAt}. */
public record RenewalDue(String customerKey, Purpose purpose, Instant capturedAt) {}
