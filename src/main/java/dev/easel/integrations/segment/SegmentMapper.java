package dev.easel.integrations.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.RefundRequest;
import dev.easel.integrations.mapping.Categories;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Segment's e-commerce spec (v2) as ledger requests. Segment ids are the shop's own (userId, order_id), so they are
 * used as they come and meet the same ids sent through the REST API. Money: products' {@code price} per unit and
 * {@code quantity}; {@code discount} is spread over the lines; where {@code subtotal}, {@code revenue} (both after
 * discounts, before tax and shipping) or {@code total} are given they must agree with the products. No
 * {@code currency} means USD, as the spec says.
 */
final class SegmentMapper {

    static final String DEFAULT_CURRENCY = "USD";
    private static final int CENTS = 2;

    private SegmentMapper() {}

    /** The customer the message is about; null when it names neither a userId nor an anonymousId. */
    static String customerId(JsonNode message) {
        String userId = text(message, "userId");
        if (userId != null) {
            return userId;
        }
        String anonymousId = text(message, "anonymousId");
        return anonymousId == null ? null : "anonymous:" + anonymousId;
    }

    /** Identify's traits, or a track call's context.traits: a partial customer, blanks leave what Easel knows. */
    static CustomerRequest customer(String customerId, JsonNode traits, String channel) {
        JsonNode address = traits.path("address");
        String country = text(address, "country");
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
        }
        String state = text(address, "state");
        String region = country != null && state != null && state.matches("[A-Za-z0-9]{1,3}")
                ? country + "-" + state.toUpperCase(Locale.ROOT)
                : null;
        return new CustomerRequest(
                customerId,
                customerType(traits),
                country,
                region,
                birthYear(traits),
                text(traits, "email"),
                name(traits),
                text(address, "street"),
                text(address, "city"),
                firstText(address, "postalCode", "postal_code"),
                channel);
    }

    /** APP for messages from a mobile library, WEB otherwise (browser and server libraries). */
    static String channel(JsonNode message) {
        JsonNode context = message.path("context");
        String channel = text(context, "channel");
        if ("mobile".equals(channel)
                || context.path("app").isObject()
                || context.path("device").isObject() && text(context.path("device"), "type") != null) {
            return "APP";
        }
        return "WEB";
    }

    static OffsetDateTime timestamp(JsonNode message, FieldProblems problems) {
        String field = message.hasNonNull("timestamp") ? "timestamp" : "originalTimestamp";
        String value = text(message, field);
        if (value == null) {
            problems.add("timestamp", "is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be ISO 8601 with offset");
            return null;
        }
    }

    static OrderRequest order(JsonNode message, String customerId, String sellerId) {
        FieldProblems problems = new FieldProblems();
        JsonNode properties = message.path("properties");
        String orderId = text(properties, "order_id");
        problems.required(orderId, "properties.order_id");
        problems.required(customerId, "userId");
        OffsetDateTime placedAt = timestamp(message, problems);
        String currency = currency(properties);
        List<OrderRequest.Line> lines = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        JsonNode products = arrayOrAbsent(properties, "products", "properties.products");
        if (products.isEmpty()) {
            problems.add("properties.products", "must contain at least one product");
        }
        // An object has a size too (its fields), but no elements to get: only an array is walked.
        for (int i = 0; products.isArray() && i < products.size(); i++) {
            JsonNode product = products.get(i);
            String path = "properties.products[" + i + "]";
            BigDecimal price = decimal(product, "price", path + ".price", problems);
            Integer quantity = quantity(product, path, problems);
            String sku = firstText(product, "sku", "product_id");
            if (sku == null) {
                problems.add(path + ".sku", "is required (or product_id)");
            }
            if (price == null) {
                problems.add(path + ".price", "is required");
            }
            if (price != null && quantity != null && sku != null) {
                lines.add(new OrderRequest.Line(
                        i + 1,
                        sku,
                        Categories.of(text(product, "category"), text(product, "name")),
                        quantity,
                        price,
                        null,
                        null));
                amounts.add(price.multiply(BigDecimal.valueOf(quantity)));
            }
        }
        BigDecimal gross = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = orZero(decimal(properties, "discount", "properties.discount", problems));
        BigDecimal merchandise = gross.subtract(discount);
        if (merchandise.signum() < 0) {
            problems.add("properties.discount", "exceeds what the products cost");
        }
        agrees(properties, "subtotal", merchandise, "the products less the discount", problems);
        agrees(properties, "revenue", merchandise, "the products less the discount", problems);
        BigDecimal total = merchandise
                .add(orZero(decimal(properties, "shipping", "properties.shipping", problems)))
                .add(orZero(decimal(properties, "tax", "properties.tax", problems)));
        agrees(properties, "total", total, "the products less the discount plus shipping and tax", problems);
        refuseIfAny(problems, "The Segment order does not add up or lacks what the ledger needs; nothing was stored.");
        List<OrderRequest.Line> discounted = spread(discount, lines, amounts);
        return new OrderRequest(orderId, customerId, channel(message), placedAt, currency, sellerId, null, discounted);
    }

    /** A refund of the named products (matched to the order's lines by sku), or of {@code total} when none. */
    static RefundRequest refund(JsonNode message, OrderDetails order) {
        FieldProblems problems = new FieldProblems();
        JsonNode properties = message.path("properties");
        String messageId = text(message, "messageId");
        problems.required(messageId, "messageId");
        OffsetDateTime occurredAt = timestamp(message, problems);
        BigDecimal total = decimal(properties, "total", "properties.total", problems);
        List<RefundRequest.Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode products = arrayOrAbsent(properties, "products", "properties.products");
        for (int i = 0; products.isArray() && i < products.size(); i++) {
            JsonNode product = products.get(i);
            String path = "properties.products[" + i + "]";
            String sku = firstText(product, "sku", "product_id");
            BigDecimal price = decimal(product, "price", path + ".price", problems);
            Integer quantity = quantity(product, path, problems);
            OrderDetails.Line line = order.lines().stream()
                    .filter(candidate -> candidate.sku().equals(sku))
                    .findFirst()
                    .orElse(null);
            if (line == null) {
                problems.add(path + ".sku", "is not a product of order " + order.orderId());
                continue;
            }
            if (price == null || quantity == null) {
                continue;
            }
            BigDecimal amount = price.multiply(BigDecimal.valueOf(quantity));
            sum = sum.add(amount);
            lines.add(new RefundRequest.Line(line.lineNo(), quantity, amount));
        }
        if (products.isEmpty() && total == null) {
            problems.add("properties.total", "is required when no products are named");
        }
        if (!products.isEmpty() && total != null && total.compareTo(sum) != 0) {
            problems.add(
                    "properties.total",
                    "is " + total.toPlainString() + " but the products add up to " + sum.toPlainString());
        }
        refuseIfAny(problems, "The Segment refund does not add up or lacks what the ledger needs; nothing was stored.");
        return new RefundRequest(
                "segment:" + messageId,
                "REFUND",
                products.isEmpty() ? total : sum,
                text(properties, "currency") == null ? order.currency() : currency(properties),
                "refunded (Segment)",
                occurredAt,
                lines);
    }

    static String currency(JsonNode properties) {
        String currency = text(properties, "currency");
        return currency == null ? DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /**
     * The array under {@code field}, or an empty one when absent. Any other shape (an object, a string) is a
     * malformed message rather than an inconsistent order: 400 naming the field, before anything else is read.
     */
    static JsonNode arrayOrAbsent(JsonNode parent, String field, String path) {
        JsonNode value = parent.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new InvalidRequestException(
                    "The Segment message is malformed; nothing was stored.",
                    List.of(FieldProblem.of(
                            path,
                            "must be an array, not "
                                    + value.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        return value;
    }

    static void refuseIfAny(FieldProblems problems, String detail) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, detail, problems.list());
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode node, String field, String path, FieldProblems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            problems.add(path, "must be a number");
            return null;
        }
    }

    private static Integer quantity(JsonNode product, String path, FieldProblems problems) {
        JsonNode value = product.get("quantity");
        if (value == null || value.isNull()) {
            return 1;
        }
        if (!value.canConvertToExactIntegral() || value.asInt() < 1) {
            problems.add(path + ".quantity", "must be a whole number of at least 1");
            return null;
        }
        return value.asInt();
    }

    private static void agrees(
            JsonNode properties, String field, BigDecimal expected, String what, FieldProblems problems) {
        BigDecimal stated = decimal(properties, field, "properties." + field, problems);
        if (stated != null && stated.compareTo(expected) != 0) {
            problems.add(
                    "properties." + field,
                    "is " + stated.toPlainString() + " but " + what + " come to " + expected.toPlainString());
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The order's discount over its lines in proportion to their amounts; the last line takes the rounding rest. */
    private static List<OrderRequest.Line> spread(
            BigDecimal discount, List<OrderRequest.Line> lines, List<BigDecimal> amounts) {
        if (discount.signum() == 0) {
            return lines;
        }
        BigDecimal gross = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<OrderRequest.Line> discounted = new ArrayList<>();
        BigDecimal left = discount;
        for (int i = 0; i < lines.size(); i++) {
            OrderRequest.Line line = lines.get(i);
            BigDecimal share = i == lines.size() - 1
                    ? left
                    : discount.multiply(amounts.get(i)).divide(gross, CENTS, RoundingMode.HALF_EVEN);
            left = left.subtract(share);
            discounted.add(new OrderRequest.Line(
                    line.lineNo(),
                    line.sku(),
                    line.category(),
                    line.quantity(),
                    line.unitPrice(),
                    share,
                    line.sellerId()));
        }
        return discounted;
    }

    private static String customerType(JsonNode traits) {
        String type = firstText(traits, "customerType", "customer_type");
        return type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    private static Integer birthYear(JsonNode traits) {
        String birthday = text(traits, "birthday");
        return birthday != null && birthday.matches("\\d{4}-.*") ? Integer.valueOf(birthday.substring(0, 4)) : null;
    }

    private static String name(JsonNode traits) {
        String name = text(traits, "name");
        if (name != null) {
            return name;
        }
        String first = firstText(traits, "firstName", "first_name");
        String last = firstText(traits, "lastName", "last_name");
        if (first == null && last == null) {
            return null;
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
