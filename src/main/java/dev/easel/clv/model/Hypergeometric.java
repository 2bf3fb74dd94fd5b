package dev.easel.clv.model;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 by its power series, which BG/NBD needs for
 * expected transactions (FHL 2005 eq. 9 and 10). The series is summed until a bound on the remaining tail is below
 * {@link #TOLERANCE} relative to the sum; the tail after term n is at most |term| * q / (1 - q) with q the larger
 * of the current term ratio and z, because the ratio tends to z.
 */
public final class Hypergeometric {

    /** Relative accuracy asked of every sum. */
    public static final double TOLERANCE = 1e-15;

    /** Enough for z up to about 0.9999; beyond it the function returns NaN rather than a doubtful number. */
    static final int MAX_TERMS = 2_000_000;

    private Hypergeometric() {}

    /** 2F1(a, b; c; z), or NaN when the series does not settle within {@link #MAX_TERMS} terms. */
    public static double hyp2f1(double a, double b, double c, double z) {
        checkArgument(z);
        if (z == 0) {
            return 1.0;
        }
        double term = 1.0;
        double sum = 1.0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            double q = Math.max(Math.abs(ratio), z);
            if (term == 0 || (q < 1 && Math.abs(term) * q / (1 - q) <= TOLERANCE * Math.abs(sum))) {
                return sum;
            }
        }
        return Double.NaN;
    }

    /**
     * 2F1(a, b; c; z[j]) for several arguments at once, sharing the coefficients: the CLV horizon needs the same
     * parameters at every month. {@code z} must be ascending; results go to {@code out}.
     */
    static void hyp2f1(double a, double b, double c, double[] z, double[] out) {
        int m = z.length;
        double[] power = new double[m];
        for (int j = 0; j < m; j++) {
            checkArgument(z[j]);
            power[j] = 1.0;
            out[j] = 1.0;
        }
        double zMax = z[m - 1];
        if (zMax == 0) {
            return;
        }
        double coefficient = 1.0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double step = (a + n) * (b + n) / ((c + n) * (n + 1.0));
            coefficient *= step;
            for (int j = 0; j < m; j++) {
                power[j] *= z[j];
                out[j] += coefficient * power[j];
            }
            double last = coefficient * power[m - 1];
            double q = Math.max(Math.abs(step * zMax), zMax);
            if (last == 0 || (q < 1 && Math.abs(last) * q / (1 - q) <= TOLERANCE * Math.abs(out[m - 1]))) {
                return;
            }
        }
        java.util.Arrays.fill(out, Double.NaN);
    }

    private static void checkArgument(double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 is summed for 0 <= z < 1 only, not z = " + z);
        }
    }
}
