package dev.easel.clv.model;

/**
 * @param minRepeatCustomers   fewer repeat customers than this is too little data to fit spend
 * @param correlationThreshold |corr(x, mean spend)| above which the independence assumption is flagged
 */
public record GammaGammaOptions(int minRepeatCustomers, double correlationThreshold, FitOptions fit) {

    public GammaGammaOptions {
        if (minRepeatCustomers < 2 || !(correlationThreshold > 0 && correlationThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "invalid Gamma-Gamma options: " + minRepeatCustomers + ", " + correlationThreshold);
        }
    }

    public static GammaGammaOptions defaults() {
        return new GammaGammaOptions(100, 0.3, FitOptions.defaults());
    }

    public GammaGammaOptions withMinRepeatCustomers(int value) {
        return new GammaGammaOptions(value, correlationThreshold, fit);
    }
}
