package dev.easel.clv;

/**
 * Named RFM segments of the customers with a current CLV, from their repeat purchases (frequency) and the days since
 * their last purchase (age minus recency, in the model's time unit, days by default). The first segment whose
 * definition holds names the customer. The same definitions are shown in the console.
 */
public enum RfmSegment {
    CHAMPIONS(
            "Champions",
            "4 or more repeat purchases, the last within 90 days",
            "frequency >= 4 AND age - recency <= 90"),
    LOYAL("Loyal", "2 or more repeat purchases, the last within 180 days", "frequency >= 2 AND age - recency <= 180"),
    NEW("New", "no repeat purchase yet, first purchase within 90 days", "frequency = 0 AND age <= 90"),
    PROMISING("Promising", "a repeat purchase within 180 days", "frequency >= 1 AND age - recency <= 180"),
    CANT_LOSE("Can't lose", "4 or more repeat purchases, but none for more than 180 days", "frequency >= 4"),
    AT_RISK("At risk", "1 to 3 repeat purchases, none for 180 to 365 days", "frequency >= 1 AND age - recency <= 365"),
    HIBERNATING(
            "Hibernating",
            "no purchase for more than a year, or a single purchase over 90 days ago",
            "frequency IS NOT NULL"),
    UNSCORED("Unscored", "no model inputs: suppressed by consent, or no fit yet", "TRUE");

    private final String label;
    private final String definition;
    private final String predicate;

    RfmSegment(String label, String definition, String predicate) {
        this.label = label;
        this.definition = definition;
        this.predicate = predicate;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** SQL CASE over clv_results columns (frequency, recency, age) that names a row's segment. */
    public static String sqlCase(String alias) {
        StringBuilder sql = new StringBuilder("CASE");
        for (RfmSegment segment : values()) {
            String condition = segment.predicate
                    .replace("frequency", alias + ".frequency")
                    .replace("recency", alias + ".recency")
                    .replace("age", alias + ".age");
            sql.append(" WHEN ")
                    .append(condition)
                    .append(" THEN '")
                    .append(segment.name())
                    .append("'");
        }
        return sql.append(" END").toString();
    }
}
