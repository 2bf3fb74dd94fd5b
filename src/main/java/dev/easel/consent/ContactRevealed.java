package dev.easel.consent;

import java.time.Instant;

/**
 * A compliance officer had a customer's contact data shown unmasked, for a stated reason. Announced in the
 * transaction of the reveal so that the audit trail records who saw whose contact data, when and why.
 */
public record ContactRevealed(String customerKey, String revealedBy, String why, Instant revealedAt) {}
