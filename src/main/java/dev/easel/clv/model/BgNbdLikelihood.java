package dev.easel.clv.model;

/**
 * The BG/NBD log-likelihood over a weighted table (FHL 2005 eq. 6) with its analytic gradient. The Gamma-function
 * ratios depend on x only and x is an integer, so Gamma(r + x) / Gamma(r) is the product (r)(r + 1)...(r + x - 1):
 * they are tabulated once per evaluation as running sums, and each row costs a handful of logarithms.
 */
final class BgNbdLikelihood implements LogLikelihood {

    private final int[] x;
    /** Distinct times (ages and recencies together) and each row's index into them: dates make them few. */
    private final double[] times;

    private final int[] recencyIndex;
    private final int[] ageIndex;
    private final double[] weight;
    private final double totalWeight;
    private final double[] weightByX;

    BgNbdLikelihood(RfmTable table) {
        this.x = table.xColumn();
        double[] recency = table.recencyColumn();
        double[] age = table.ageColumn();
        this.weight = table.weightColumn();
        this.totalWeight = table.totalWeight();
        double[] all = new double[2 * x.length];
        System.arraycopy(recency, 0, all, 0, x.length);
        System.arraycopy(age, 0, all, x.length, x.length);
        // Sorted and made distinct in place: a DoubleStream's distinct() boxes every value into a set.
        java.util.Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || Double.compare(all[distinct - 1], all[i]) != 0) {
                all[distinct++] = all[i];
            }
        }
        this.times = java.util.Arrays.copyOf(all, distinct);
        this.recencyIndex = new int[x.length];
        this.ageIndex = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            recencyIndex[i] = java.util.Arrays.binarySearch(times, recency[i]);
            ageIndex[i] = java.util.Arrays.binarySearch(times, age[i]);
        }
        this.weightByX = new double[table.maxX() + 1];
        for (int i = 0; i < x.length; i++) {
            weightByX[x[i]] += weight[i];
        }
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    @Override
    public double value(double[] params, double[] gradient) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        int maxX = weightByX.length - 1;
        // logRatio[x] = ln Gamma(r+x)/Gamma(r) + ln Gamma(b+x)Gamma(a+b) / (Gamma(b)Gamma(a+b+x)), and its derivatives.
        double[] logB1 = new double[maxX + 1];
        double[] dr = new double[maxX + 1];
        double[] da = new double[maxX + 1];
        double[] db = new double[maxX + 1];
        double ll = 0;
        double gr = 0;
        double galpha = 0;
        double ga = 0;
        double gb = 0;
        double logRatio = 0;
        for (int k = 0; k <= maxX; k++) {
            if (k > 0) {
                logRatio += Math.log(r + k - 1) + Math.log(b + k - 1) - Math.log(a + b + k - 1);
                dr[k] = dr[k - 1] + 1 / (r + k - 1);
                da[k] = da[k - 1] - 1 / (a + b + k - 1);
                db[k] = db[k - 1] + 1 / (b + k - 1) - 1 / (a + b + k - 1);
                logB1[k] = Math.log(a) - Math.log(b + k - 1);
            }
            double w = weightByX[k];
            if (w != 0) {
                ll += w * logRatio;
                gr += w * dr[k];
                ga += w * da[k];
                gb += w * db[k];
            }
        }
        double[] logTime = new double[times.length];
        double[] inverseTime = gradient == null ? null : new double[times.length];
        for (int j = 0; j < times.length; j++) {
            logTime[j] = Math.log(alpha + times[j]);
            if (inverseTime != null) {
                inverseTime[j] = 1 / (alpha + times[j]);
            }
        }
        double logAlpha = Math.log(alpha);
        ll += totalWeight * r * logAlpha;
        gr += totalWeight * logAlpha;
        galpha += totalWeight * r / alpha;
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            double w = weight[i];
            double rx = r + xi;
            double logAgeTerm = logTime[ageIndex[i]];
            double stillAlive = -rx * logAgeTerm;
            if (xi == 0) {
                ll += w * stillAlive;
                if (gradient != null) {
                    gr -= w * logAgeTerm;
                    galpha -= w * rx * inverseTime[ageIndex[i]];
                }
                continue;
            }
            double logRecencyTerm = logTime[recencyIndex[i]];
            double droppedOut = logB1[xi] - rx * logRecencyTerm;
            // log-sum-exp of the two terms; pDropped is the share of the second one. e <= 1, so log(1 + e) loses
            // nothing that matters here and avoids the much slower log1p.
            double diff = droppedOut - stillAlive;
            double pDropped;
            if (diff > 0) {
                double e = Math.exp(-diff);
                ll += w * (droppedOut + Math.log(1 + e));
                pDropped = 1 / (1 + e);
            } else {
                double e = Math.exp(diff);
                ll += w * (stillAlive + Math.log(1 + e));
                pDropped = e / (1 + e);
            }
            if (gradient != null) {
                double pAlive = 1 - pDropped;
                gr -= w * (pAlive * logAgeTerm + pDropped * logRecencyTerm);
                galpha -= w * rx * (pAlive * inverseTime[ageIndex[i]] + pDropped * inverseTime[recencyIndex[i]]);
                ga += w * pDropped / a;
                gb -= w * pDropped / (b + xi - 1);
            }
        }
        if (gradient != null) {
            gradient[0] = gr;
            gradient[1] = galpha;
            gradient[2] = ga;
            gradient[3] = gb;
        }
        return ll;
    }
}
