package dev.easel.commerce.ledger;

import dev.easel.shared.SecretKeyFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding of personal data (docs/erasure.md): each customer's contact details are sealed with AES-256-GCM
 * under a data key of their own; the data key is stored wrapped (AES-GCM) under a master key that lives in a file,
 * never in the database. Erasure deletes the wrapped data key, after which no copy of the contact details left in
 * table pages, indexes, WAL or backups can be read. Lookups by email use a keyed hash (HMAC-SHA256), so the
 * database never holds an address, not even a plain hash of one that a dictionary could reverse.
 */
@Component
class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec wrappingKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();
    /** Cipher and Mac instances are costly to look up and not thread-safe: one of each per thread, re-initialised. */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding"));

    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    });

    PersonalDataCipher(PersonalDataProperties properties) {
        byte[] master = SecretKeyFile.load(properties.keyFile(), properties.createKey(), "personal data");
        this.wrappingKey = new SecretKeySpec(derive(master, "easel personal data: wrapping key"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "easel personal data: email lookup"), "HmacSHA256");
    }

    /** A fresh random data key for one customer. */
    byte[] newDataKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    /** The data key sealed under the master key, bound to the customer it belongs to. */
    String wrap(byte[] dataKey, long customerId) {
        return seal(wrappingKey, dataKey, "data key of customer " + customerId);
    }

    byte[] unwrap(String wrapped, long customerId) {
        return open(wrappingKey, wrapped, "data key of customer " + customerId);
    }

    /** Contact details sealed under the customer's data key, bound to the customer's row. */
    String seal(byte[] dataKey, long customerId, String plaintext) {
        return seal(
                new SecretKeySpec(dataKey, "AES"),
                plaintext.getBytes(StandardCharsets.UTF_8),
                "contact of customer " + customerId);
    }

    String open(byte[] dataKey, long customerId, String sealed) {
        return new String(
                open(new SecretKeySpec(dataKey, "AES"), sealed, "contact of customer " + customerId),
                StandardCharsets.UTF_8);
    }

    /** The keyed hash a normalised email is looked up by. */
    String emailLookup(String normalisedEmail) {
        if (normalisedEmail == null) {
            return null;
        }
        try {
            Mac mac = HMAC.get();
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalisedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private String seal(SecretKeySpec key, byte[] plaintext, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES-GCM", e);
        }
    }

    private static byte[] open(SecretKeySpec key, String sealed, String context) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The " + context + " cannot be opened: wrong master key, or the stored " + "value was altered", e);
        }
    }

    private static Cipher instance(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + transformation, e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
