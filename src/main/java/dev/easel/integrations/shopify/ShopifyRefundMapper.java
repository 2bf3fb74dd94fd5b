package dev.easel.integrations.shopify;

import static dev.easel.integrations.shopify.ShopifyJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.RefundRequest;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A Shopify refund as a ledger refund (a RETURN when goods went back to stock, otherwise a REFUND). The money refunded
 * (successful refund transactions) must equal the refunded lines with their tax, less the order adjustments
 * (Shopify records refunded shipping and discrepancies there as negative amounts). The ledger books the merchandise
 * part: the money refunded less tax and shipping. No free-text note crosses into the ledger: it may name people.
 */
final class ShopifyRefundMapper {

    private ShopifyRefundMapper() {}

    record MappedRefund(String orderId, RefundRequest refund) {}

    /**
     * @param lineNumbers the ledger's line number for each of the order's Shopify line item ids
     * @param currency    the order's currency in the ledger
     */
    static MappedRefund map(JsonNode refund, Map<String, Integer> lineNumbers, String currency) {
        FieldProblems problems = new FieldProblems();
        String id = text(refund, "id");
        problems.required(id, "id");
        String orderId = text(refund, "order_id");
        OffsetDateTime occurredAt =
                ShopifyJson.time(refund, refund.hasNonNull("processed_at") ? "processed_at" : "created_at", problems);
        problems.required(occurredAt, "created_at");

        List<RefundRequest.Line> lines = new ArrayList<>();
        BigDecimal lineAmounts = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        boolean restocked = refund.path("restock").asBoolean(false);
        JsonNode items = refund.path("refund_line_items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "refund_line_items[" + i + "]";
            JsonNode ordered = item.path("line_item");
            Integer quantity = ShopifyJson.integer(item, "quantity", path + ".quantity", problems);
            String lineItemId = text(item, "line_item_id");
            Integer lineNo = lineItemId == null ? null : lineNumbers.get(lineItemId);
            if (lineNo == null) {
                problems.add(path + ".line_item_id", "is not a line item of order " + orderId);
            }
            if (quantity == null || quantity < 1) {
                problems.add(path + ".quantity", "must be at least 1");
                continue;
            }
            restocked |= "return".equals(text(item, "restock_type"));
            BigDecimal share = share(ordered, quantity, problems, path);
            BigDecimal amount = ShopifyMoney.amount(item, "subtotal", currency, path + ".subtotal", problems)
                    .orElseGet(() -> ShopifyMoney.amount(
                                    ordered, "price", currency, path + ".line_item.price", problems)
                            .map(price -> price.multiply(BigDecimal.valueOf(quantity))
                                    .subtract(lineDiscount(ordered, currency, path, problems)
                                            .multiply(share)
                                            .setScale(2, RoundingMode.HALF_EVEN)))
                            .orElse(BigDecimal.ZERO));
            tax = tax.add(ShopifyMoney.amount(item, "total_tax", currency, path + ".total_tax", problems)
                    .orElseGet(() -> lineTax(ordered, currency, path, problems)
                            .multiply(share)
                            .setScale(2, RoundingMode.HALF_EVEN)));
            lineAmounts = lineAmounts.add(amount);
            if (lineNo != null) {
                lines.add(new RefundRequest.Line(lineNo, quantity, amount.setScale(4, RoundingMode.HALF_EVEN)));
            }
        }
        BigDecimal adjustments = BigDecimal.ZERO;
        BigDecimal shipping = BigDecimal.ZERO;
        JsonNode orderAdjustments = refund.path("order_adjustments");
        for (int i = 0; i < orderAdjustments.size(); i++) {
            JsonNode adjustment = orderAdjustments.get(i);
            String path = "order_adjustments[" + i + "]";
            BigDecimal amount = ShopifyMoney.amount(adjustment, "amount", currency, path + ".amount", problems)
                    .orElse(BigDecimal.ZERO)
                    .add(ShopifyMoney.amount(adjustment, "tax_amount", currency, path + ".tax_amount", problems)
                            .orElse(BigDecimal.ZERO));
            adjustments = adjustments.add(amount);
            if ("shipping_refund".equals(text(adjustment, "kind"))) {
                shipping = shipping.subtract(amount);
            }
        }
        BigDecimal refunded = BigDecimal.ZERO;
        JsonNode transactions = refund.path("transactions");
        for (int i = 0; i < transactions.size(); i++) {
            JsonNode transaction = transactions.get(i);
            String status = text(transaction, "status");
            if ("refund".equals(text(transaction, "kind")) && (status == null || "success".equals(status))) {
                refunded = refunded.add(
                        ShopifyMoney.amount(transaction, "amount", currency, "transactions[" + i + "].amount", problems)
                                .orElse(BigDecimal.ZERO));
            }
        }
        BigDecimal expected = lineAmounts.add(tax).subtract(adjustments);
        if (!items.isEmpty() && refunded.compareTo(expected) != 0) {
            problems.add(
                    "transactions",
                    "refund " + ShopifyOrderMapper.plain(refunded)
                            + " but the refunded line items with their tax, less order adjustments, add up to "
                            + ShopifyOrderMapper.plain(expected));
        }
        BigDecimal merchandise = refunded.subtract(tax).subtract(shipping);
        if (merchandise.signum() < 0) {
            problems.add("transactions", "refund less than the tax and shipping they are said to include");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "The Shopify refund does not add up or lacks what the ledger needs; nothing was stored.",
                    problems.list());
        }
        RefundRequest request = new RefundRequest(
                "shopify:refund:" + id,
                restocked ? "RETURN" : "REFUND",
                merchandise,
                currency,
                restocked ? "returned in Shopify" : "refunded in Shopify",
                occurredAt,
                lines);
        return new MappedRefund(ShopifyOrderMapper.orderId(orderId), request);
    }

    /** The refunded part of the ordered line, for spreading the line's discount and tax. */
    private static BigDecimal share(JsonNode ordered, int quantity, FieldProblems problems, String path) {
        Integer orderedQuantity = ShopifyJson.integer(ordered, "quantity", path + ".line_item.quantity", problems);
        if (orderedQuantity == null || orderedQuantity < 1) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(quantity).divide(BigDecimal.valueOf(orderedQuantity), 10, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal lineDiscount(JsonNode ordered, String currency, String path, FieldProblems problems) {
        return ShopifyMoney.amount(ordered, "total_discount", currency, path + ".line_item.total_discount", problems)
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal lineTax(JsonNode ordered, String currency, String path, FieldProblems problems) {
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode taxLines = ordered.path("tax_lines");
        for (int i = 0; i < taxLines.size(); i++) {
            sum = sum.add(ShopifyMoney.amount(
                            taxLines.get(i),
                            "price",
                            currency,
                            path + ".line_item.tax_lines[" + i + "].price",
                            problems)
                    .orElse(BigDecimal.ZERO));
        }
        return sum;
    }
}
