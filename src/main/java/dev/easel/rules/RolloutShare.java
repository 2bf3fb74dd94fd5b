package dev.easel.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which customers a staged rollout reaches: a customer's bucket (0 to 99) comes from a hash of the pseudonymous key,
 * so the same customers stay in a share from run to run and on every node, and a larger share keeps the smaller one's
 * customers.
 */
public final class RolloutShare {

    private RolloutShare() {}

    public static int bucket(String customerKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(customerKey.getBytes(StandardCharsets.UTF_8));
            long first = ((hash[0] & 0xFFL) << 24)
                    | ((hash[1] & 0xFFL) << 16)
                    | ((hash[2] & 0xFFL) << 8)
                    | (hash[3] & 0xFFL);
            return (int) (first % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** True when a rollout to {@code percent} % of customers reaches this customer. */
    public static boolean includes(String customerKey, int percent) {
        return bucket(customerKey) < percent;
    }
}
