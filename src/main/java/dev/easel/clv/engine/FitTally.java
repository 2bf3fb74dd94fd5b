package dev.easel.clv.engine;

import dev.easel.clv.FitImpact;
import dev.easel.clv.ImpactReport;
import dev.easel.clv.model.ChurnBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Counts of a fit's shadow evaluation, per chunk and then summed: what changes between the two fits' predictions. */
final class FitTally {

    static final String NO_BAND = "NONE";
    private static final int ALIVE_BINS = 10;

    long customers;
    long changed;
    long bandChanged;
    long aliveChanged;
    long predictedChanged;
    final Map<String, Long> bandMoves = new TreeMap<>();
    final long[] aliveBefore = new long[ALIVE_BINS];
    final long[] aliveAfter = new long[ALIVE_BINS];
    double aliveSumBefore;
    double aliveSumAfter;
    long aliveCountBefore;
    long aliveCountAfter;
    final Map<String, Money> money = new TreeMap<>();
    final List<FitImpact.ChangedCustomer> sample = new ArrayList<>();

    private static final class Money {
        long customers;
        long changed;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        final long[] bands = new long[ImpactTally.BANDS.length];
    }

    /** One customer's prediction with each fit; answers whether anything differs. */
    boolean count(FitImpact.Side before, FitImpact.Side after) {
        customers++;
        boolean band = !before.churnBand().equals(after.churnBand());
        boolean alive = aliveDiffers(before.probabilityAlive(), after.probabilityAlive());
        boolean predicted =
                !Objects.equals(before.currency(), after.currency()) || !same(before.predicted(), after.predicted());
        if (band) {
            bandChanged++;
            bandMoves.merge(before.churnBand() + " → " + after.churnBand(), 1L, Long::sum);
        }
        if (alive) {
            aliveChanged++;
        }
        if (predicted) {
            predictedChanged++;
        }
        if (before.probabilityAlive() != null) {
            aliveBefore[bin(before.probabilityAlive())]++;
            aliveSumBefore += before.probabilityAlive();
            aliveCountBefore++;
        }
        if (after.probabilityAlive() != null) {
            aliveAfter[bin(after.probabilityAlive())]++;
            aliveSumAfter += after.probabilityAlive();
            aliveCountAfter++;
        }
        if (after.currency() != null) {
            Money m = money.computeIfAbsent(after.currency(), c -> new Money());
            m.customers++;
            m.before = m.before.add(orZero(before.predicted()));
            m.after = m.after.add(orZero(after.predicted()));
            if (predicted) {
                m.changed++;
                m.bands[ImpactTally.band(orZero(after.predicted()).subtract(orZero(before.predicted())))]++;
            }
        }
        boolean any = band || alive || predicted;
        if (any) {
            changed++;
        }
        return any;
    }

    void add(FitTally other) {
        customers += other.customers;
        changed += other.changed;
        bandChanged += other.bandChanged;
        aliveChanged += other.aliveChanged;
        predictedChanged += other.predictedChanged;
        other.bandMoves.forEach((move, n) -> bandMoves.merge(move, n, Long::sum));
        for (int i = 0; i < ALIVE_BINS; i++) {
            aliveBefore[i] += other.aliveBefore[i];
            aliveAfter[i] += other.aliveAfter[i];
        }
        aliveSumBefore += other.aliveSumBefore;
        aliveSumAfter += other.aliveSumAfter;
        aliveCountBefore += other.aliveCountBefore;
        aliveCountAfter += other.aliveCountAfter;
        other.money.forEach((currency, m) -> {
            Money sum = money.computeIfAbsent(currency, c -> new Money());
            sum.customers += m.customers;
            sum.changed += m.changed;
            sum.before = sum.before.add(m.before);
            sum.after = sum.after.add(m.after);
            for (int i = 0; i < sum.bands.length; i++) {
                sum.bands[i] += m.bands[i];
            }
        });
        for (FitImpact.ChangedCustomer customer : other.sample) {
            if (sample.size() < FitImpact.SAMPLE) {
                sample.add(customer);
            }
        }
    }

    List<ImpactReport.Transition> bandTransitions() {
        List<ImpactReport.Transition> transitions = new ArrayList<>();
        bandMoves.forEach((move, n) -> {
            String[] ends = move.split(" → ");
            transitions.add(new ImpactReport.Transition(ends[0], ends[1], n));
        });
        return transitions;
    }

    List<ImpactReport.Band> aliveBefore() {
        return bins(aliveBefore);
    }

    List<ImpactReport.Band> aliveAfter() {
        return bins(aliveAfter);
    }

    Double meanAliveBefore() {
        return aliveCountBefore == 0 ? null : aliveSumBefore / aliveCountBefore;
    }

    Double meanAliveAfter() {
        return aliveCountAfter == 0 ? null : aliveSumAfter / aliveCountAfter;
    }

    List<FitImpact.CurrencyChange> currencies() {
        List<FitImpact.CurrencyChange> changes = new ArrayList<>();
        money.forEach((currency, m) -> {
            List<ImpactReport.Band> bands = new ArrayList<>();
            for (int i = 0; i < m.bands.length; i++) {
                bands.add(new ImpactReport.Band(ImpactTally.BANDS[i], m.bands[i]));
            }
            changes.add(new FitImpact.CurrencyChange(currency, m.customers, m.changed, m.before, m.after, bands));
        });
        return changes;
    }

    /** The band of a customer's churn probability, or NONE where the model gives no P(alive). */
    static String churnBand(Double probabilityAlive) {
        return probabilityAlive == null
                ? NO_BAND
                : ChurnBand.of(1.0 - probabilityAlive).name();
    }

    private static List<ImpactReport.Band> bins(long[] counts) {
        List<ImpactReport.Band> bands = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bands.add(new ImpactReport.Band(
                    String.format(java.util.Locale.ROOT, "%.1f-%.1f", i / 10.0, (i + 1) / 10.0), counts[i]));
        }
        return bands;
    }

    private static int bin(double probability) {
        return Math.max(0, Math.min(ALIVE_BINS - 1, (int) Math.floor(probability * ALIVE_BINS)));
    }

    private static boolean aliveDiffers(Double a, Double b) {
        if (a == null || b == null) {
            return a != b;
        }
        return Math.abs(a - b) > FitImpact.ALIVE_TOLERANCE;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
