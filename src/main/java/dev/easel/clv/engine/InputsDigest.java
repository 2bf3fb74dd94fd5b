package dev.easel.clv.engine;

import dev.easel.clv.ConsentGate;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderLine;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over the facts a customer's evaluation read, fed field by field (scheme 2, {@code
 * clv_results.inputs_digest_scheme}). Scheme 1 hashed the facts' {@code toString}, which formatted every number and
 * day as text and was a sizeable part of a fit's CPU. Each field is written with a tag for its kind and, for text,
 * its length, so that no two different sequences of fields give the same bytes:
 *
 * <ul>
 *   <li>null: {@code 0x00}; text: {@code 0x01}, UTF-8 length (4 bytes, big-endian), UTF-8 bytes;
 *   <li>whole number: {@code 0x02}, 8 bytes; day: {@code 0x03}, epoch day as 8 bytes; instant: {@code 0x04}, epoch
 *       second and nanosecond (8 + 4 bytes); flag: {@code 0x05}, one byte 0 or 1;
 *   <li>decimal: {@code 0x06}, scale (4 bytes), unscaled value as two's complement (4-byte length, bytes): {@code 5.0}
 *       and {@code 5.00} stay apart, as they did in the text;
 *   <li>a list: {@code 0x07} and its size, then its elements; enums by their name as text.
 * </ul>
 *
 * A customer's digest covers the scheme, the day, the customer, the consent records (sorted by purpose), then (once the adjustments ran)
 * the digest so far, the time unit and every order with its lines, in the order the evaluation read them.
 */
final class InputsDigest {

    /** The scheme written with every result (column default); bump it, and the column's default, on any change. */
    static final int SCHEME = 2;

    private static final Comparator<Consent> CONSENT_ORDER = Comparator.comparing(
                    (Consent c) -> c.purpose().name())
            .thenComparing(Consent::capturedAt)
            .thenComparing(c -> c.status().name())
            .thenComparing(c -> c.lawfulBasis().name());

    private final MessageDigest sha256;
    private final ByteBuffer buffer = ByteBuffer.allocate(13); // big-endian: a tag and up to 12 bytes of value

    private InputsDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        whole(SCHEME);
    }

    /** The gate's digest: what the consent gate read as of {@code asOf}. */
    static String ofGate(LocalDate asOf, Customer customer, List<Consent> consents) {
        InputsDigest digest = new InputsDigest();
        digest.day(asOf);
        digest.customer(customer);
        digest.size(consents.size());
        // Sorted here as well as handed over in purpose order: the digest says what was read, not in which order.
        consents.stream().sorted(CONSENT_ORDER).forEach(digest::consent);
        return digest.hex();
    }

    /** The gate's digest extended by what the adjustments read: the time unit and the orders. */
    static String ofAdjustments(String gateDigest, Enum<?> unit, List<Order> orders) {
        InputsDigest digest = new InputsDigest();
        digest.text(gateDigest);
        digest.text(unit == null ? null : unit.name());
        digest.size(orders.size());
        for (Order order : orders) {
            digest.order(order);
        }
        return digest.hex();
    }

    /** A suppression decided from the consent gate's outcome alone (a withdrawal taking effect). */
    static String ofSuppression(LocalDate asOf, ConsentGate gate) {
        InputsDigest digest = new InputsDigest();
        digest.day(asOf);
        digest.text(gate.customerKey());
        digest.name(gate.status());
        digest.texts(gate.reasons());
        digest.texts(gate.rulesFired());
        digest.text(gate.rulesetVersion());
        return digest.hex();
    }

    private void texts(List<String> values) {
        size(values.size());
        values.forEach(this::text);
    }

    private void customer(Customer customer) {
        text(customer.customerKey());
        name(customer.type());
        text(customer.country());
        text(customer.region());
        if (customer.birthYear() == null) {
            nothing();
        } else {
            whole(customer.birthYear());
        }
    }

    private void consent(Consent consent) {
        text(consent.customerKey());
        name(consent.purpose());
        name(consent.status());
        name(consent.lawfulBasis());
        instant(consent.capturedAt());
        text(consent.source());
        text(consent.policyVersion());
        text(consent.wording());
        flag(consent.gpcSignal());
    }

    private void order(Order order) {
        text(order.orderId());
        text(order.customerKey());
        day(order.placedOn());
        text(order.currency());
        decimal(order.total());
        size(order.lines().size());
        for (OrderLine line : order.lines()) {
            line(line);
        }
        decimal(order.refundedAmount());
        decimal(order.returnedAmount());
        decimal(order.exchangedAmount());
        decimal(order.cancelledAmount());
        decimal(order.promotionDepthPercent());
        day(order.promotionStartsOn());
        day(order.promotionEndsOn());
    }

    private void line(OrderLine line) {
        text(line.orderId());
        whole(line.lineNo());
        name(line.category());
        whole(line.quantity());
        decimal(line.amount());
        text(line.sellerId());
        name(line.sellerParty());
        flag(line.sellerDpaSigned());
        text(line.sellerCountry());
    }

    private void nothing() {
        sha256.update((byte) 0x00);
    }

    private void text(String value) {
        if (value == null) {
            nothing();
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        buffer.put(0, (byte) 0x01);
        buffer.putInt(1, bytes.length);
        sha256.update(buffer.array(), 0, 5);
        sha256.update(bytes);
    }

    private void name(Enum<?> value) {
        text(value == null ? null : value.name());
    }

    private void whole(long value) {
        buffer.put(0, (byte) 0x02);
        buffer.putLong(1, value);
        sha256.update(buffer.array(), 0, 9);
    }

    private void day(LocalDate value) {
        if (value == null) {
            nothing();
            return;
        }
        buffer.put(0, (byte) 0x03);
        buffer.putLong(1, value.toEpochDay());
        sha256.update(buffer.array(), 0, 9);
    }

    private void instant(Instant value) {
        if (value == null) {
            nothing();
            return;
        }
        buffer.put(0, (byte) 0x04);
        buffer.putLong(1, value.getEpochSecond());
        buffer.putInt(9, value.getNano());
        sha256.update(buffer.array(), 0, 13);
    }

    private void flag(boolean value) {
        buffer.put(0, (byte) 0x05);
        buffer.put(1, (byte) (value ? 1 : 0));
        sha256.update(buffer.array(), 0, 2);
    }

    private void decimal(BigDecimal value) {
        if (value == null) {
            nothing();
            return;
        }
        byte[] unscaled = value.unscaledValue().toByteArray();
        buffer.put(0, (byte) 0x06);
        buffer.putInt(1, value.scale());
        buffer.putInt(5, unscaled.length);
        sha256.update(buffer.array(), 0, 9);
        sha256.update(unscaled);
    }

    private void size(int size) {
        buffer.put(0, (byte) 0x07);
        buffer.putInt(1, size);
        sha256.update(buffer.array(), 0, 5);
    }

    private String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
