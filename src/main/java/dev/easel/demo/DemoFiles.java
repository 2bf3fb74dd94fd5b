package dev.easel.demo;

import java.io.Closeable;
import java.nio.file.Path;

/** The six files of the CSV contract (docs/csv-formats.md), open for writing, with their headers. */
final class DemoFiles implements Closeable {

    static final String CUSTOMERS = "customers.csv";
    static final String SELLERS = "sellers.csv";
    static final String PROMOTIONS = "promotions.csv";
    static final String ORDERS = "orders.csv";
    static final String REFUNDS = "refunds.csv";
    static final String CONSENTS = "consents.csv";

    static final String CUSTOMERS_HEADER = "customerId,type,country,region,birthYear,email,name,channel";
    static final String SELLERS_HEADER = "sellerId,name,party,dpaSignedOn,country,region";
    static final String PROMOTIONS_HEADER = "code,name,startsAt,endsAt,discountPercent,channel";
    static final String ORDERS_HEADER = "orderId,customerId,channel,placedAt,currency,sellerId,promotionCodes,"
            + "lineNo,sku,category,quantity,unitPrice,discount,lineSellerId";
    static final String REFUNDS_HEADER =
            "refundId,orderId,type,amount,currency,reason,occurredAt,lineNo,quantity," + "lineAmount";
    static final String CONSENTS_HEADER =
            "customerId,purpose,status,lawfulBasis,capturedAt,source,policyVersion," + "wording,signal";

    final CsvWriter customers;
    final CsvWriter sellers;
    final CsvWriter promotions;
    final CsvWriter orders;
    final CsvWriter refunds;
    final CsvWriter consents;

    DemoFiles(Path directory) {
        customers = CsvWriter.create(directory.resolve(CUSTOMERS), CUSTOMERS_HEADER);
        sellers = CsvWriter.create(directory.resolve(SELLERS), SELLERS_HEADER);
        promotions = CsvWriter.create(directory.resolve(PROMOTIONS), PROMOTIONS_HEADER);
        orders = CsvWriter.create(directory.resolve(ORDERS), ORDERS_HEADER);
        refunds = CsvWriter.create(directory.resolve(REFUNDS), REFUNDS_HEADER);
        consents = CsvWriter.create(directory.resolve(CONSENTS), CONSENTS_HEADER);
    }

    @Override
    public void close() {
        // Close every file even when one fails, then report the first failure.
        RuntimeException failure = null;
        for (CsvWriter writer : new CsvWriter[] {customers, sellers, promotions, orders, refunds, consents}) {
            try {
                writer.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
