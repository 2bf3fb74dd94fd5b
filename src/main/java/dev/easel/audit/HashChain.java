package dev.easel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** hash = SHA-256(previous hash || canonical JSON of the row), as lower-case hex. */
final class HashChain {

    /** The "previous hash" of the very first record. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    static String link(String previousHash, String canonicalRow) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonicalRow.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hashOf(StoredRow row) {
        return link(row.previousHash(), CanonicalJson.ofRow(row));
    }
}
