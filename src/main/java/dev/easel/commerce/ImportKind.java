package dev.easel.commerce;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The CSV files the ledger imports (docs/csv-formats.md), with their columns in order. */
public enum ImportKind {
    CUSTOMERS("customers", "customerId", "type", "country", "region", "birthYear", "email", "name", "channel"),
    SELLERS("sellers", "sellerId", "name", "party", "dpaSignedOn", "country", "region"),
    PROMOTIONS("promotions", "code", "name", "startsAt", "endsAt", "discountPercent", "channel"),
    ORDERS(
            "orders",
            "orderId",
            "customerId",
            "channel",
            "placedAt",
            "currency",
            "sellerId",
            "promotionCodes",
            "lineNo",
            "sku",
            "category",
            "quantity",
            "unitPrice",
            "discount",
            "lineSellerId"),
    REFUNDS(
            "refunds",
            "refundId",
            "orderId",
            "type",
            "amount",
            "currency",
            "reason",
            "occurredAt",
            "lineNo",
            "quantity",
            "lineAmount");

    private final String fileName;
    private final List<String> columns;

    ImportKind(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    /** The plural noun used in paths and reports: {@code orders}. */
    public String noun() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public static Optional<ImportKind> byNoun(String noun) {
        return Arrays.stream(values())
                .filter(kind -> kind.fileName.equalsIgnoreCase(noun))
                .findFirst();
    }
}
