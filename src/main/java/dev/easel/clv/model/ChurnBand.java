package dev.easel.clv.model;

/**
 * Churn probability (1 - P(alive)) in three bands for people who read dashboards: LOW below 0.3, MEDIUM from 0.3
 * to below 0.7, HIGH from 0.7. The cut points split "probably active", "undecided" and "probably gone".
 */
public enum ChurnBand {
    LOW,
    MEDIUM,
    HIGH;

    public static final double MEDIUM_FROM = 0.3;
    public static final double HIGH_FROM = 0.7;

    public static ChurnBand of(double churnProbability) {
        if (churnProbability >= HIGH_FROM) {
            return HIGH;
        }
        return churnProbability >= MEDIUM_FROM ? MEDIUM : LOW;
    }
}
