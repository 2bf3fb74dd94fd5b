package dev.easel.privacy.centre;

import dev.easel.consent.Purpose;
import java.time.Instant;
import java.util.Set;

/**
 * What a signed link lets its holder do: for one customer (by pseudonymous key), the named purposes, one use, until
 * it expires. The nonce makes two links issued in the same second different, and names the link for rate limits.
 */
public record PrivacyToken(String customerKey, Set<Purpose> purposes, LinkUse use, Instant expiresAt, String nonce) {

    public PrivacyToken {
        purposes = Set.copyOf(purposes);
    }

    public boolean covers(Purpose purpose) {
        return purposes.contains(purpose);
    }
}
