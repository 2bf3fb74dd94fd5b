package dev.easel.clv.engine;

import dev.easel.clv.ImpactReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts what differs between two evaluations of the same customers. One per chunk on a worker thread, then added
 * into the run's tally on one thread.
 */
final class ImpactTally {

    /** Upper edges of the bands the change of total CLV falls in; the last band is open. */
    private static final BigDecimal[] EDGES = {
        new BigDecimal("-1000"),
        new BigDecimal("-100"),
        new BigDecimal("-10"),
        BigDecimal.ZERO,
        new BigDecimal("10"),
        new BigDecimal("100"),
        new BigDecimal("1000")
    };

    static final String[] BANDS = {
        "below -1000", "-1000 to -100", "-100 to -10", "-10 to 0", "0 to 10", "10 to 100", "100 to 1000", "above 1000"
    };

    /** One customer's outcome on one side, with the rules that fired for them. */
    record Outcome(
            String eligibility,
            String status,
            boolean flagged,
            String currency,
            BigDecimal historic,
            BigDecimal predicted,
            Set<String> rulesFired) {

        BigDecimal total() {
            return (historic == null ? BigDecimal.ZERO : historic).add(predicted == null ? BigDecimal.ZERO : predicted);
        }
    }

    private static final class Money {
        long customers;
        long changed;
        BigDecimal historicBefore = BigDecimal.ZERO;
        BigDecimal historicAfter = BigDecimal.ZERO;
        BigDecimal predictedBefore = BigDecimal.ZERO;
        BigDecimal predictedAfter = BigDecimal.ZERO;
        final long[] bands = new long[BANDS.length];
    }

    long customers;
    long changed;
    long eligibilityChanged;
    long statusChanged;
    long flagChanged;
    long valueChanged;
    private final Map<String, Long> eligibilityMoves = new TreeMap<>();
    private final Map<String, Long> statusMoves = new TreeMap<>();
    private final Map<String, Money> currencies = new TreeMap<>();
    private final Map<String, long[]> rules = new HashMap<>();
    final List<ImpactReport.ChangedCustomer> sample = new ArrayList<>();

    /** Counts one customer; answers whether anything differs. */
    boolean count(Outcome live, Outcome candidate) {
        customers++;
        live.rulesFired().forEach(rule -> rules.computeIfAbsent(rule, r -> new long[2])[0]++);
        candidate.rulesFired().forEach(rule -> rules.computeIfAbsent(rule, r -> new long[2])[1]++);
        boolean eligibility = !live.eligibility().equals(candidate.eligibility());
        boolean status = !live.status().equals(candidate.status());
        boolean flag = live.flagged() != candidate.flagged();
        boolean sameCurrency = Objects.equals(live.currency(), candidate.currency());
        boolean value = !sameCurrency
                || !same(live.historic(), candidate.historic())
                || !same(live.predicted(), candidate.predicted());
        if (eligibility) {
            eligibilityChanged++;
            eligibilityMoves.merge(live.eligibility() + " → " + candidate.eligibility(), 1L, Long::sum);
        }
        if (status) {
            statusChanged++;
            statusMoves.merge(live.status() + " → " + candidate.status(), 1L, Long::sum);
        }
        if (flag) {
            flagChanged++;
        }
        if (value) {
            valueChanged++;
        }
        if (live.currency() != null) {
            Money money = currencies.computeIfAbsent(live.currency(), c -> new Money());
            money.customers++;
            money.historicBefore = money.historicBefore.add(orZero(live.historic()));
            money.predictedBefore = money.predictedBefore.add(orZero(live.predicted()));
            if (value) {
                money.changed++;
            }
            if (value && sameCurrency) {
                money.bands[band(candidate.total().subtract(live.total()))]++;
            }
        }
        if (candidate.currency() != null) {
            Money money = currencies.computeIfAbsent(candidate.currency(), c -> new Money());
            if (!sameCurrency) {
                money.customers++;
                money.changed++;
            }
            money.historicAfter = money.historicAfter.add(orZero(candidate.historic()));
            money.predictedAfter = money.predictedAfter.add(orZero(candidate.predicted()));
        }
        boolean any = eligibility || status || flag || value;
        if (any) {
            changed++;
        }
        return any;
    }

    /** Adds a chunk's tally into this one; the sample keeps the first customers up to its size. */
    void add(ImpactTally chunk) {
        customers += chunk.customers;
        changed += chunk.changed;
        eligibilityChanged += chunk.eligibilityChanged;
        statusChanged += chunk.statusChanged;
        flagChanged += chunk.flagChanged;
        valueChanged += chunk.valueChanged;
        chunk.eligibilityMoves.forEach((move, n) -> eligibilityMoves.merge(move, n, Long::sum));
        chunk.statusMoves.forEach((move, n) -> statusMoves.merge(move, n, Long::sum));
        chunk.currencies.forEach((currency, theirs) -> {
            Money mine = currencies.computeIfAbsent(currency, c -> new Money());
            mine.customers += theirs.customers;
            mine.changed += theirs.changed;
            mine.historicBefore = mine.historicBefore.add(theirs.historicBefore);
            mine.historicAfter = mine.historicAfter.add(theirs.historicAfter);
            mine.predictedBefore = mine.predictedBefore.add(theirs.predictedBefore);
            mine.predictedAfter = mine.predictedAfter.add(theirs.predictedAfter);
            for (int i = 0; i < BANDS.length; i++) {
                mine.bands[i] += theirs.bands[i];
            }
        });
        chunk.rules.forEach((rule, counts) -> {
            long[] mine = rules.computeIfAbsent(rule, r -> new long[2]);
            mine[0] += counts[0];
            mine[1] += counts[1];
        });
        for (ImpactReport.ChangedCustomer customer : chunk.sample) {
            if (sample.size() < ImpactReport.SAMPLE) {
                sample.add(customer);
            }
        }
    }

    List<ImpactReport.Transition> eligibilityTransitions() {
        return transitions(eligibilityMoves);
    }

    List<ImpactReport.Transition> statusTransitions() {
        return transitions(statusMoves);
    }

    List<ImpactReport.CurrencyImpact> currencies() {
        List<ImpactReport.CurrencyImpact> impacts = new ArrayList<>();
        currencies.forEach((currency, money) -> {
            List<ImpactReport.Band> bands = new ArrayList<>();
            for (int i = 0; i < BANDS.length; i++) {
                bands.add(new ImpactReport.Band(BANDS[i], money.bands[i]));
            }
            impacts.add(new ImpactReport.CurrencyImpact(
                    currency,
                    money.customers,
                    money.changed,
                    money.historicBefore,
                    money.historicAfter,
                    money.predictedBefore,
                    money.predictedAfter,
                    bands));
        });
        return impacts;
    }

    List<ImpactReport.RuleCount> rulesFiringDifferently() {
        List<ImpactReport.RuleCount> counts = new ArrayList<>();
        for (String rule : new TreeSet<>(rules.keySet())) {
            long[] n = rules.get(rule);
            if (n[0] != n[1]) {
                counts.add(new ImpactReport.RuleCount(rule, n[0], n[1]));
            }
        }
        return counts;
    }

    private static List<ImpactReport.Transition> transitions(Map<String, Long> moves) {
        List<ImpactReport.Transition> transitions = new ArrayList<>();
        moves.forEach((move, n) -> {
            String[] ends = move.split(" → ");
            transitions.add(new ImpactReport.Transition(ends[0], ends[1], n));
        });
        return transitions;
    }

    /** The band of a change of total CLV; a change of exactly zero (value moved between historic and predicted) is
     * counted in the band just above zero. */
    static int band(BigDecimal change) {
        for (int i = 0; i < EDGES.length; i++) {
            if (change.compareTo(EDGES[i]) < 0) {
                return i;
            }
        }
        return EDGES.length;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
