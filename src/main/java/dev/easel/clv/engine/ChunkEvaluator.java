package dev.easel.clv.engine;

import dev.easel.clv.ConsentGate;
import dev.easel.clv.model.ClvScorer;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.OperationalTime;
import dev.easel.clv.model.RfmTable;
import dev.easel.clv.model.Scores;
import dev.easel.clv.model.ScoringOptions;
import dev.easel.commerce.LedgerExtract;
import dev.easel.commerce.LedgerExtracts;
import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.EligibilityVerdict;
import dev.easel.consent.Purpose;
import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.PurposeEligibility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A chunk of customers through the consent gate (the consent module's, for the purpose clv-profiling), the adjustment
 * rules and the model: a few ledger round trips for the whole chunk (customers and consents, orders), the rules per
 * customer, and the model on the chunk's columns at once.
 */
@Component
class ChunkEvaluator {

    static final String NO_FIT = "NO_MODEL_FIT";
    static final String NO_PURCHASE = "NO_COUNTED_PURCHASE";

    private final LedgerExtracts ledger;
    private final ConsentEligibility gate;
    private final RuleEngine rules;
    private final ClvProperties properties;

    ChunkEvaluator(LedgerExtracts ledger, ConsentEligibility gate, RuleEngine rules, ClvProperties properties) {
        this.ledger = ledger;
        this.gate = gate;
        this.rules = rules;
        this.properties = properties;
    }

    /**
     * Consent gate and adjustments only, as of {@code asOf}, with times in {@code unit}: what a fit needs. The orders
     * of customers whose consent forbids profiling are never read.
     */
    List<Evaluated> adjust(Collection<String> customerKeys, LocalDate asOf, ModelTimeUnit unit) {
        return adjust(gate(customerKeys, asOf), asOf, unit);
    }

    /**
     * The consent gate alone, as of {@code asOf}: no ledger read, no adjustment rules. Customers Easel does not know
     * are left out.
     */
    List<Gated> gate(Collection<String> customerKeys, LocalDate asOf) {
        Map<String, EligibilityVerdict> verdicts = gate.decide(customerKeys, Purpose.CLV_PROFILING, asOf);
        List<Gated> gated = new ArrayList<>(verdicts.size());
        for (EligibilityVerdict verdict : verdicts.values()) {
            Customer customer = verdict.customer();
            PurposeEligibility eligibility = verdict.eligibility();
            ConsentGate gate = new ConsentGate(
                    customer.customerKey(),
                    eligibility.status(),
                    eligibility.reasonCodes(),
                    verdict.rulesFired(),
                    verdict.rulesetVersion());
            // Until the adjustments run, the entry holds the gate; the digest covers the consent records only.
            gated.add(new Gated(
                    new Evaluated(
                            customer.customerKey(),
                            List.of(),
                            gate,
                            eligibility,
                            null,
                            null,
                            null,
                            verdict.rulesFired(),
                            verdict.rulesetVersion(),
                            InputsDigest.ofGate(asOf, customer, verdict.consents())),
                    customer));
        }
        return gated;
    }

    /** A customer through the consent gate, with the customer facts the adjustment rules will need. */
    record Gated(Evaluated evaluated, Customer customer) {

        String customerKey() {
            return customer.customerKey();
        }
    }

    /**
     * The adjustments of customers whose gate was decided already ({@link #gate}, as of the same day): the orders of
     * those the gate suppressed are never read.
     */
    List<Evaluated> adjust(List<Gated> gatedCustomers, LocalDate asOf, ModelTimeUnit unit) {
        List<Evaluated> evaluated = new ArrayList<>(gatedCustomers.size());
        Map<String, Integer> eligible = new LinkedHashMap<>();
        Map<String, Customer> customers = new HashMap<>();
        for (Gated gated : gatedCustomers) {
            evaluated.add(gated.evaluated());
            if (gated.evaluated().gate().allowsProfiling()) {
                eligible.put(gated.customerKey(), evaluated.size() - 1);
                customers.put(gated.customerKey(), gated.customer());
            }
        }
        if (eligible.isEmpty()) {
            return evaluated;
        }
        LedgerExtract extract = ledger.extract(eligible.keySet(), endOf(asOf));
        for (Map.Entry<String, Integer> entry : eligible.entrySet()) {
            Evaluated gated = evaluated.get(entry.getValue());
            Customer customer = customers.get(entry.getKey());
            List<Order> orders = LedgerFacts.orders(extract.orders(entry.getKey()));
            RuleOutcome<AdjustmentDecision> adjusted = rules.evaluate(new AdjustmentEvaluation(asOf, customer, orders));
            AdjustedSummary summary = SummaryCalculator.summarise(
                    orders, adjusted.results(), asOf, unit, properties::marginOf, properties.currencyConversion());
            List<String> fired = new ArrayList<>(gated.rulesFired());
            adjusted.firedRules().stream().filter(rule -> !fired.contains(rule)).forEach(fired::add);
            evaluated.set(
                    entry.getValue(),
                    new Evaluated(
                            customer.customerKey(),
                            orders,
                            gated.gate(),
                            gated.eligibility(),
                            adjusted.results(),
                            summary,
                            null,
                            fired,
                            adjusted.rulesetVersion(),
                            InputsDigest.ofAdjustments(gated.inputsDigest(), unit, orders)));
        }
        return evaluated;
    }

    /** The whole way: gate, adjustments and the model's prediction as of {@code asOf}; model may be null (no fit). */
    List<Evaluated> evaluate(Collection<String> customerKeys, LocalDate asOf, FittedModel model) {
        return evaluate(customerKeys, asOf, model, Map.of());
    }

    /**
     * The whole way, taking the gate and adjustments of the customers in {@code evaluated} as they are (evaluated
     * earlier as of the same day, in the same unit, by the same rules) and evaluating the others. In the order of
     * {@code customerKeys}.
     */
    List<Evaluated> evaluate(
            Collection<String> customerKeys, LocalDate asOf, FittedModel model, Map<String, Evaluated> evaluated) {
        ModelTimeUnit unit = unitOf(model);
        return predict(
                evaluated.isEmpty() ? adjust(customerKeys, asOf, unit) : merged(customerKeys, evaluated, asOf, unit),
                asOf,
                model);
    }

    /** The whole way for customers whose gate was decided already ({@link #gate}, as of the same day). */
    List<Evaluated> evaluateGated(List<Gated> gated, LocalDate asOf, FittedModel model) {
        return predict(adjust(gated, asOf, unitOf(model)), asOf, model);
    }

    private ModelTimeUnit unitOf(FittedModel model) {
        return model == null ? properties.timeUnit() : model.fit().timeUnit();
    }

    private List<Evaluated> predict(List<Evaluated> adjusted, LocalDate asOf, FittedModel model) {
        List<Integer> scorable = new ArrayList<>();
        List<Evaluated> result = new ArrayList<>(adjusted.size());
        for (Evaluated customer : adjusted) {
            if (customer.suppressed()) {
                result.add(customer);
            } else if (!customer.summary().unconvertedCurrencies().isEmpty()) {
                result.add(customer.withPrediction(Prediction.historicOnly(
                        CurrencyConversion.MISSING_RATE,
                        model == null ? null : model.fit().version())));
            } else if (model == null) {
                result.add(customer.withPrediction(Prediction.historicOnly(NO_FIT, null)));
            } else if (!customer.summary().modelable()) {
                result.add(customer.withPrediction(
                        Prediction.historicOnly(NO_PURCHASE, model.fit().version())));
            } else {
                scorable.add(result.size());
                result.add(customer);
            }
        }
        if (!scorable.isEmpty()) {
            score(result, scorable, model, asOf);
        }
        return result;
    }

    private List<Evaluated> merged(
            Collection<String> customerKeys, Map<String, Evaluated> evaluated, LocalDate asOf, ModelTimeUnit unit) {
        List<String> missing =
                customerKeys.stream().filter(key -> !evaluated.containsKey(key)).toList();
        Map<String, Evaluated> all = new HashMap<>(evaluated);
        if (!missing.isEmpty()) {
            adjust(missing, asOf, unit).forEach(customer -> all.put(customer.customerKey(), customer));
        }
        List<Evaluated> inKeyOrder = new ArrayList<>(all.size());
        customerKeys.stream().map(all::get).filter(Objects::nonNull).forEach(inKeyOrder::add);
        return inKeyOrder;
    }

    private void score(List<Evaluated> customers, List<Integer> rows, FittedModel model, LocalDate asOf) {
        int n = rows.size();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        LocalDate[] first = new LocalDate[n];
        LocalDate[] last = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            AdjustedSummary summary = customers.get(rows.get(i)).summary();
            x[i] = summary.x();
            recency[i] = summary.recency();
            age[i] = summary.age();
            spend[i] = summary.meanRepeatSpend();
            first[i] = summary.firstPurchase();
            last[i] = summary.lastPurchase();
        }
        ModelTimeUnit unit = model.fit().timeUnit();
        ScoringOptions options = properties.scoringOptions(unit);
        ServingModel serving = model.serving();
        RfmTable calendar = RfmTable.of(x, recency, age);
        Scores scores;
        Scores withoutSeason = null;
        if (serving.seasonal()) {
            // The serving model runs on the season's clock; plain BG/NBD on the calendar says what the season changed.
            scores = ClvScorer.score(
                    serving.purchases(),
                    model.spend(),
                    OperationalTime.table(serving.season(), x, first, last, asOf, unit),
                    spend,
                    options,
                    OperationalTime.monthEnds(serving.season(), asOf, options, unit));
            withoutSeason = ClvScorer.score(model.purchases(), model.spend(), calendar, spend, options);
        } else {
            scores = ClvScorer.score(
                    serving.purchases(), model.spend(), calendar, spend, options, ClvScorer.monthEnds(options));
        }
        for (int i = 0; i < n; i++) {
            Evaluated customer = customers.get(rows.get(i));
            double margin = customer.summary().margin();
            double predicted = scores.predictedClv()[i] * margin;
            double wait = scores.timeToNextPurchase()[i];
            double daysToNext = serving.seasonal()
                    ? OperationalTime.calendarDays(serving.season(), asOf, wait, unit)
                    : wait * unit.days();
            // A one-order customer's P(alive) and next-order date are shown only where the serving model has evidence
            // for them (ServingModel.judgesOneOrderCustomers); under BG/NBD they are an assumption and withheld.
            // Expected orders and predicted value integrate the dropout risk under every model, and stay.
            boolean withheld = x[i] == 0 && !serving.judgesOneOrderCustomers();
            StoredExplanation.Season season = withoutSeason == null
                    ? null
                    : new StoredExplanation.Season(
                            serving.seasonSource().name(),
                            serving.seasonVersion(),
                            options.horizonMonths(),
                            scores.expectedTransactions()[i],
                            withoutSeason.expectedTransactions()[i]);
            Prediction prediction = new Prediction(
                    false,
                    null,
                    money(predicted),
                    withheld ? null : scores.probabilityAlive()[i],
                    scores.expectedTransactions()[i],
                    money(scores.expectedSpend()[i]),
                    withheld || !Double.isFinite(daysToNext) ? null : asOf.plusDays(Math.round(daysToNext)),
                    model.fit().version(),
                    season);
            customers.set(rows.get(i), customer.withPrediction(prediction));
        }
    }

    static BigDecimal money(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
    }
}
