package dev.easel.integrations.shopify;

import static dev.easel.integrations.shopify.ShopifyJson.firstText;
import static dev.easel.integrations.shopify.ShopifyJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.OrderRequest;
import dev.easel.integrations.mapping.Categories;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A Shopify order as a ledger order. The ledger books merchandise: each line at its price less its share of the
 * discounts; tax and shipping are checked for the order to add up but not booked. Order-level discounts that Shopify
 * did not allocate to lines are spread over the lines in proportion to their amounts. An order whose figures do not
 * add up (lines against total_line_items_price, subtotal_price, total_price) is refused naming the field: the ledger
 * must not guess which figure is right.
 */
final class ShopifyOrderMapper {

    private static final int CENTS = 2;

    private ShopifyOrderMapper() {}

    record MappedOrder(OrderRequest order, CustomerRequest customer, List<String> lineItemIds) {}

    static String orderId(String shopifyId) {
        return "shopify:" + shopifyId;
    }

    static MappedOrder map(JsonNode order, String sellerId) {
        FieldProblems problems = new FieldProblems();
        String id = text(order, "id");
        problems.required(id, "id");
        String currency = text(order, "currency");
        problems.required(currency, "currency");
        OffsetDateTime placedAt =
                ShopifyJson.time(order, order.hasNonNull("processed_at") ? "processed_at" : "created_at", problems);
        problems.required(placedAt, "created_at");
        JsonNode customer = order.path("customer");
        if (!customer.isObject() || text(customer, "id") == null) {
            problems.add("customer", "is required: Easel books every order to a customer");
        }

        List<Line> lines = lines(order, currency, problems);
        BigDecimal gross = lines.stream().map(Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lineDiscounts = lines.stream().map(Line::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        ShopifyMoney.amount(order, "total_line_items_price", currency, "total_line_items_price", problems)
                .filter(stated -> stated.compareTo(gross) != 0)
                .ifPresent(stated -> problems.add(
                        "total_line_items_price",
                        "is " + plain(stated) + " but the line items add up to " + plain(gross)));
        BigDecimal discounts = ShopifyMoney.amount(order, "total_discounts", currency, "total_discounts", problems)
                .orElse(lineDiscounts);
        if (discounts.compareTo(lineDiscounts) < 0) {
            problems.add(
                    "total_discounts",
                    "is " + plain(discounts) + " but the line items' discounts add up to " + plain(lineDiscounts));
        }
        BigDecimal merchandise = gross.subtract(discounts);
        if (merchandise.signum() < 0) {
            problems.add("total_discounts", "exceeds what the line items cost");
        }
        ShopifyMoney.amount(order, "subtotal_price", currency, "subtotal_price", problems)
                .filter(stated -> stated.compareTo(merchandise) != 0)
                .ifPresent(stated -> problems.add(
                        "subtotal_price",
                        "is " + plain(stated) + " but total_line_items_price less total_discounts is "
                                + plain(merchandise)));
        BigDecimal expectedTotal = merchandise
                .add(shipping(order, currency, problems))
                .add(
                        order.path("taxes_included").asBoolean(false)
                                ? BigDecimal.ZERO
                                : ShopifyMoney.amount(order, "total_tax", currency, "total_tax", problems)
                                        .orElse(BigDecimal.ZERO))
                .add(ShopifyMoney.amount(order, "total_tip_received", currency, "total_tip_received", problems)
                        .orElse(BigDecimal.ZERO));
        ShopifyMoney.amount(order, "total_price", currency, "total_price", problems)
                .filter(stated -> stated.compareTo(expectedTotal) != 0)
                .ifPresent(stated -> problems.add(
                        "total_price",
                        "is " + plain(stated) + " but merchandise, shipping, tax and tips add up to "
                                + plain(expectedTotal)));

        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "The Shopify order does not add up or lacks what the ledger needs; nothing was stored.",
                    problems.list());
        }
        List<BigDecimal> shares = allocate(discounts.subtract(lineDiscounts), lines);
        List<OrderRequest.Line> ledgerLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal discount = line.discount().add(shares.get(i));
            ledgerLines.add(new OrderRequest.Line(
                    i + 1,
                    line.sku(),
                    line.category(),
                    line.quantity(),
                    line.price(),
                    discount.signum() == 0 ? null : discount,
                    null));
        }
        OrderRequest request = new OrderRequest(
                orderId(id),
                ShopifyCustomerMapper.customerId(text(customer, "id")),
                ShopifyCustomerMapper.CHANNEL,
                placedAt,
                currency,
                sellerId,
                null,
                ledgerLines);
        return new MappedOrder(
                request,
                ShopifyCustomerMapper.map(customer, order),
                lines.stream().map(Line::lineItemId).toList());
    }

    private record Line(
            String lineItemId, String sku, String category, int quantity, BigDecimal price, BigDecimal discount) {

        BigDecimal gross() {
            return price.multiply(BigDecimal.valueOf(quantity));
        }
    }

    private static List<Line> lines(JsonNode order, String currency, FieldProblems problems) {
        JsonNode items = order.path("line_items");
        if (!items.isArray() || items.isEmpty()) {
            problems.add("line_items", "must contain at least one line item");
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "line_items[" + i + "]";
            BigDecimal price = ShopifyMoney.amount(item, "price", currency, path + ".price", problems)
                    .orElse(null);
            Integer quantity = ShopifyJson.integer(item, "quantity", path + ".quantity", problems);
            if (price == null) {
                problems.add(path + ".price", "is required");
            }
            if (quantity == null || quantity < 1) {
                problems.add(path + ".quantity", "must be at least 1");
            }
            BigDecimal discount = lineDiscount(item, currency, path, problems);
            if (price != null
                    && quantity != null
                    && quantity > 0
                    && discount.compareTo(price.multiply(BigDecimal.valueOf(quantity))) > 0) {
                problems.add(path + ".total_discount", "exceeds the line's amount");
            }
            if (price != null && quantity != null && quantity > 0) {
                lines.add(new Line(
                        text(item, "id"),
                        sku(item),
                        Categories.of(text(item, "product_type"), text(item, "title")),
                        quantity,
                        price,
                        discount));
            }
        }
        return lines;
    }

    /** Newer payloads allocate every discount to lines (discount_allocations); legacy ones give total_discount. */
    private static BigDecimal lineDiscount(JsonNode item, String currency, String path, FieldProblems problems) {
        JsonNode allocations = item.path("discount_allocations");
        if (allocations.isArray() && !allocations.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = 0; j < allocations.size(); j++) {
                sum = sum.add(ShopifyMoney.amount(
                                allocations.get(j),
                                "amount",
                                currency,
                                path + ".discount_allocations[" + j + "].amount",
                                problems)
                        .orElse(BigDecimal.ZERO));
            }
            return sum;
        }
        return ShopifyMoney.amount(item, "total_discount", currency, path + ".total_discount", problems)
                .orElse(BigDecimal.ZERO);
    }

    private static String sku(JsonNode item) {
        String sku = text(item, "sku");
        if (sku != null && sku.length() <= 64) {
            return sku;
        }
        String variant = firstText(item, "variant_id");
        if (variant != null) {
            return "variant-" + variant;
        }
        String product = firstText(item, "product_id");
        return product != null ? "product-" + product : "line-" + text(item, "id");
    }

    private static BigDecimal shipping(JsonNode order, String currency, FieldProblems problems) {
        if (order.hasNonNull("total_shipping_price_set")) {
            return ShopifyMoney.amount(order, "total_shipping_price", currency, "total_shipping_price", problems)
                    .orElse(BigDecimal.ZERO);
        }
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode shippingLines = order.path("shipping_lines");
        for (int i = 0; i < shippingLines.size(); i++) {
            sum = sum.add(ShopifyMoney.amount(
                            shippingLines.get(i), "price", currency, "shipping_lines[" + i + "].price", problems)
                    .orElse(BigDecimal.ZERO));
        }
        return sum;
    }

    /** Spreads an order-level discount over the lines by their net amounts; the last line takes the rounding rest. */
    private static List<BigDecimal> allocate(BigDecimal discount, List<Line> lines) {
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal base = lines.stream()
                .map(line -> line.gross().subtract(line.discount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = discount;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal share;
            if (discount.signum() == 0 || base.signum() == 0) {
                share = BigDecimal.ZERO;
            } else if (i == lines.size() - 1) {
                share = left;
            } else {
                share = discount.multiply(line.gross().subtract(line.discount()))
                        .divide(base, CENTS, RoundingMode.HALF_EVEN);
            }
            shares.add(share);
            left = left.subtract(share);
        }
        return shares;
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() < 0
                ? amount.setScale(0).toPlainString()
                : amount.stripTrailingZeros().toPlainString();
    }
}
