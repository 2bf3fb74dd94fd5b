package dev.easel.privacy.centre;

import java.time.Instant;

/**
 * A renewal link the consent-renewal workflow asked for. Pseudonymous: the customer key and the signed link.
 *
 * @param sentAt null while no sender delivered it: compliance passes it on another way
 * @param sentBy the sender that delivered it ({@code smtp})
 */
public record RenewalLink(
        long id,
        String customerKey,
        String purpose,
        String processInstance,
        String link,
        Instant expiresAt,
        Instant createdAt,
        Instant sentAt,
        String sentBy) {}
