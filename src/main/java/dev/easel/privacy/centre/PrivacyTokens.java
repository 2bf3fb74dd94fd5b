package dev.easel.privacy.centre;

import dev.easel.consent.Purpose;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the signed tokens in customers' links: {@code payload.signature}, both Base64url, the signature an
 * HMAC-SHA256 of the payload with the configured secret. The payload names only the pseudonymous customer key; the
 * link carries no contact data. Any change to a token, or its expiry, makes it worthless, and the holder learns no
 * more than that.
 */
@Component
public class PrivacyTokens {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PrivacyTokens(PrivacyProperties properties, Clock clock) {
        this.secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String issue(String customerKey, Set<Purpose> purposes, LinkUse use, Duration validity) {
        return issue(customerKey, purposes, use, clock.instant().plus(validity));
    }

    public String issue(String customerKey, Set<Purpose> purposes, LinkUse use, Instant expiresAt) {
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String payload = String.join(
                "|",
                VERSION,
                use.name(),
                customerKey,
                purposes.stream().map(Purpose::code).sorted().collect(Collectors.joining(",")),
                Long.toString(expiresAt.getEpochSecond()),
                ENCODER.encodeToString(nonce));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** The token's grant when it is genuine, for this use and not expired; empty for anything else. */
    public Optional<PrivacyToken> verify(String token, LinkUse use) {
        return read(token).filter(grant -> grant.use() == use && clock.instant().isBefore(grant.expiresAt()));
    }

    private Optional<PrivacyToken> read(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
            for (String code : parts[3].split(",")) {
                if (!code.isEmpty()) {
                    purposes.add(Purpose.fromCode(code));
                }
            }
            return Optional.of(new PrivacyToken(
                    parts[2],
                    purposes,
                    LinkUse.valueOf(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[4])),
                    parts[5]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
