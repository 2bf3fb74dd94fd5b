package dev.easel.consent;

import java.time.Instant;

/** Published after a customer's personal data was erased. Pseudonymous: the key alone remains. */
public record CustomerErased(String customerKey, Instant erasedAt, String erasedBy) {}
