package dev.easel.clv.insight;

/** The SQL that joins each customer to the result the API shows: published, else pending review, else suppressed. */
final class CurrentRows {

    static final String FROM = " FROM clv_current c JOIN clv_results r"
            + " ON r.id = COALESCE(c.published_id, c.pending_id, c.suppressed_id) ";

    private CurrentRows() {}
}
