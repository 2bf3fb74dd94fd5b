package dev.easel.clv;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Customers with a current CLV, filtered and sorted, a page at a time. Paged by key set (the last row's sort value
 * and key), never by offset, so that a page deep in a million customers costs what the first one does.
 */
public interface ClvDirectory {

    int MAX_PAGE_SIZE = 100;

    Page search(Query query);

    enum Sort {
        TOTAL("total"),
        PREDICTED("predicted");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * Every filter is optional (null: any).
     *
     * @param customerKeys only these customers (a search by key or source id resolved to keys); null: all
     * @param status       PUBLISHED, PENDING_REVIEW or SUPPRESSED
     * @param churnBand    LOW, MEDIUM or HIGH
     * @param country      ISO 3166 country of the customer (the jurisdiction)
     * @param channel      a channel the customer came through (WEB, APP, SHOPIFY, STORE, MARKETPLACE)
     * @param cohort       month of the customer's first order
     * @param after        the cursor of the page before: the last row's sort value and key
     */
    record Query(
            List<String> customerKeys,
            String status,
            String churnBand,
            RfmSegment segment,
            String country,
            String channel,
            String type,
            YearMonth cohort,
            Sort sort,
            Cursor after,
            int size) {}

    record Cursor(BigDecimal value, String customerKey) {

        /** {@code value~key}; a row without a value sorts last and is written with an empty value. */
        public String encoded() {
            return (value == null ? "" : value.toPlainString()) + "~" + customerKey;
        }

        public static Cursor decode(String encoded) {
            int tilde = encoded.indexOf('~');
            if (tilde < 0 || tilde == encoded.length() - 1) {
                throw new IllegalArgumentException("not a page cursor");
            }
            String value = encoded.substring(0, tilde);
            return new Cursor(value.isEmpty() ? null : new BigDecimal(value), encoded.substring(tilde + 1));
        }
    }

    record Row(
            String customerKey,
            String status,
            String currency,
            BigDecimal historic,
            BigDecimal predicted,
            BigDecimal total,
            Double churnProbability,
            String churnBand,
            RfmSegment segment,
            String country,
            String type) {}

    /** @param next the cursor of the next page, null on the last */
    record Page(List<Row> rows, Cursor next) {}
}
