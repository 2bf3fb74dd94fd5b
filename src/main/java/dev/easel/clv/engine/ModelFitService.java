package dev.easel.clv.engine;

import dev.easel.clv.ClvDecision;
import dev.easel.clv.ModelEvaluations;
import dev.easel.clv.ModelFits;
import dev.easel.clv.ModelFitted;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.CustomerSummaries;
import dev.easel.clv.model.DataSufficiency;
import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.FitStatus;
import dev.easel.clv.model.GammaGammaFit;
import dev.easel.clv.model.GammaGammaFitter;
import dev.easel.clv.model.HoldoutEvaluation;
import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.RfmTable;
import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryWindow;
import dev.easel.clv.model.Transaction;
import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.facts.OrderAdjustment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fits the model on every eligible customer's adjusted ledger, chunk by chunk, and stores the fit with its status.
 * Guards are statuses, never silent numbers: too few repeat customers, q <= 1, or no convergence is stored as such
 * and the fit in use stays.
 */
@Service
class ModelFitService implements ModelFits, ModelEvaluations {

    private static final Logger log = LoggerFactory.getLogger(ModelFitService.class);

    private final CustomerKeyPages pages;
    private final ChunkEvaluator evaluator;
    private final FitEvaluations evaluations;
    private final FitStore store;
    private final RuleEngine rules;
    private final ClvProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final FitCandidateStore candidates;
    private final boolean staged;
    private final ModelChoiceProperties choice;
    private final SeasonFile seasonFile;

    /** Rules and model share one staged mode: under it nothing serves before a second person promotes it. */
    @Autowired
    ModelFitService(
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            FitEvaluations evaluations,
            FitStore store,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            FitCandidateStore candidates,
            RuleCandidates staging,
            ModelChoiceProperties choice,
            SeasonFile seasonFile) {
        this(
                pages,
                evaluator,
                evaluations,
                store,
                rules,
                properties,
                events,
                transactions,
                clock,
                candidates,
                staging.staged(),
                choice,
                seasonFile);
    }

    /** With a season file of its own, read at each fit (for fits outside the service's own). */
    ModelFitService(
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            FitEvaluations evaluations,
            FitStore store,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            FitCandidateStore candidates,
            boolean staged,
            ModelChoiceProperties choice) {
        this(
                pages,
                evaluator,
                evaluations,
                store,
                rules,
                properties,
                events,
                transactions,
                clock,
                candidates,
                staged,
                choice,
                new SeasonFile(choice));
    }

    private ModelFitService(
            CustomerKeyPages pages,
            ChunkEvaluator evaluator,
            FitEvaluations evaluations,
            FitStore store,
            RuleEngine rules,
            ClvProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            FitCandidateStore candidates,
            boolean staged,
            ModelChoiceProperties choice,
            SeasonFile seasonFile) {
        this.pages = pages;
        this.evaluator = evaluator;
        this.evaluations = evaluations;
        this.store = store;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.candidates = candidates;
        this.staged = staged;
        this.choice = choice;
        this.seasonFile = seasonFile;
    }

    boolean staged() {
        return staged;
    }

    @Override
    public StoredFit fitNow(ModelTimeUnit timeUnit, LocalDate calibrationEnd, String requestedBy) {
        return fit(timeUnit, calibrationEnd, requestedBy, staged);
    }

    /** A candidate is stored beside the fit in service and serves nobody until it is promoted. */
    StoredFit fit(ModelTimeUnit timeUnit, LocalDate calibrationEnd, String requestedBy, boolean candidate) {
        ModelTimeUnit unit = timeUnit == null ? properties.timeUnit() : timeUnit;
        LocalDate end = calibrationEnd == null ? LocalDate.now(clock) : calibrationEnd;
        String rulesetVersion = rules.rulesetVersion();
        FitEvaluations.Collecting kept = evaluations.collect(clock.instant(), end, rulesetVersion);
        try {
            Columns columns = new Columns();
            List<Transaction> purchases = new ArrayList<>();
            try (ChunkPool<List<Evaluated>> pool = new ChunkPool<>(properties.threads(), chunk -> {
                kept.add(chunk);
                for (Evaluated customer : chunk) {
                    if (!customer.suppressed() && customer.summary().modelable()) {
                        columns.add(customer.summary());
                        if (choice.origins() > 0) {
                            purchases.addAll(purchasesOf(customer));
                        }
                    }
                }
            })) {
                pages.forEachChunk(
                        properties.chunkSize(), keys -> pool.submit(() -> evaluator.adjust(keys, end, unit)));
                pool.drain();
            }
            StoredFit fit = fit(columns, purchases, unit, end, rulesetVersion, requestedBy);
            String inputsDigest = columns.digest();
            transactions.executeWithoutResult(status -> {
                store.insert(fit);
                if (candidate) {
                    candidates.candidate(fit.version(), requestedBy, fit.fittedAt());
                }
                store.recordChoice(fit);
                events.publishEvent(new ModelFitted(new ClvDecision(
                        null,
                        null,
                        requestedBy,
                        roleOf(requestedBy),
                        fit.rulesetVersion(),
                        fit.version(),
                        Digests.sha256(inputsDigest, unit, end),
                        List.of(),
                        outputs(fit),
                        (candidate ? "candidate fit " : "model fit ") + fit.status(),
                        null)));
            });
            // The evaluations serve the batch run that scores with this fit; rules reloaded meanwhile void them.
            if (!candidate && "FITTED".equals(fit.status()) && rulesetVersion.equals(rules.rulesetVersion())) {
                evaluations.keep(fit.version(), kept);
            }
            log.info(
                    "Model fit {}: {} on {} customers ({} repeat), calibration end {}, serving {}",
                    fit.version(),
                    fit.status(),
                    fit.customers(),
                    fit.repeatCustomers(),
                    fit.calibrationEnd(),
                    servingOf(fit));
            return fit;
        } finally {
            evaluations.discard(kept);
        }
    }

    private static Object servingOf(StoredFit fit) {
        return fit.diagnostics().get(ServingModel.KEY) instanceof Map<?, ?> serving ? serving.get("model") : "nothing";
    }

    @Override
    public Optional<StoredFit> current() {
        return store.latestFitted();
    }

    @Override
    public Optional<StoredFit> latest() {
        return store.latest();
    }

    @Override
    public HoldoutReport evaluate(ModelTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        ModelTimeUnit unit = timeUnit == null ? properties.timeUnit() : timeUnit;
        LocalDate end = holdoutEnd == null ? LocalDate.now(clock) : holdoutEnd;
        if (calibrationEnd == null || !calibrationEnd.isBefore(end)) {
            throw new IllegalArgumentException("calibrationEnd must be before the holdout end " + end);
        }
        List<Transaction> log = new ArrayList<>();
        pages.forEachChunk(properties.chunkSize(), keys -> {
            for (Evaluated customer : evaluator.adjust(keys, end, unit)) {
                if (!customer.suppressed()) {
                    log.addAll(purchasesOf(customer));
                }
            }
        });
        CustomerSummaries summaries = SummaryBuilder.summarise(log, new SummaryWindow(calibrationEnd, end, unit));
        if (summaries.size() == 0) {
            throw new IllegalArgumentException("no eligible customer made a purchase by " + calibrationEnd);
        }
        // The live ledger runs to today: a holdout ending later would compare with purchases not yet possible.
        DataSufficiency sufficiency = DataSufficiency.judge(summaries, null, LocalDate.now(clock));
        if (!sufficiency.sufficient()) {
            throw new IllegalArgumentException(sufficiency.blocking().explanation() + "; fix: "
                    + sufficiency.reasons().get(0).fix());
        }
        BgNbdFit fit = BgNbdFitter.fit(summaries.table(), properties.fitOptions());
        if (!fit.status().predictive()) {
            throw new IllegalArgumentException(fit.status().explanation());
        }
        return HoldoutEvaluation.evaluate(fit.model(), summaries);
    }

    /** The customer's orders that count as purchases for the model, as a transaction log (pseudonymous key). */
    private static List<Transaction> purchasesOf(Evaluated customer) {
        List<Transaction> log = new ArrayList<>();
        for (OrderAdjustment order : customer.adjustments().orders()) {
            if (order.countsAsPurchase() && order.predictionWeight() > 0) {
                log.add(new Transaction(
                        customer.customerKey(),
                        placedOn(customer, order),
                        order.modelAmount().doubleValue()));
            }
        }
        return log;
    }

    /** What the fit's model choice found: the comparison as stored, the result, and the declared season's version. */
    private record Choice(Map<String, Object> recorded, ModelChoice.Result result, String seasonVersion) {}

    /**
     * BG/NBD, Pareto/NBD and the seasonal variant compared at rolling origins on the fit's own purchases; the
     * comparison and where the season came from go into the fit's diagnostics. A broken season file is recorded
     * with its lines and the last good season is used; with none, the choice goes on without a season.
     */
    private Choice choose(List<Transaction> purchases, ModelTimeUnit unit, LocalDate end) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        try {
            SeasonFile.Reading reading = seasonFile.read();
            DeclaredSeason declared = reading.season();
            ModelChoice.SeasonPolicy policy = choice.seasonPolicy(declared == null ? null : declared.profile());
            ModelChoice.Result result = ModelChoice.choose(
                    window -> SummaryBuilder.summarise(purchases, window),
                    end.minusDays(choice.holdoutDays()),
                    end,
                    unit,
                    choice.origins(),
                    policy,
                    properties.fitOptions());
            recorded.putAll(result.asMap());
            if (reading.problem() != null) {
                recorded.put("seasonFileProblem", reading.problem());
                if (declared == null) {
                    recorded.put(
                            "seasonNote", "the declared season file has problems and no good season was read before");
                }
            }
            String version = null;
            if (declared != null && result.seasonSource() == ModelChoice.SeasonSource.DECLARED) {
                recorded.put("seasonFile", declared.file());
                recorded.put("seasonVersion", declared.version());
                version = declared.version();
            }
            return new Choice(recorded, result, version);
        } catch (IllegalArgumentException e) {
            recorded.put("chosen", null);
            recorded.put("seasonSource", ModelChoice.SeasonSource.NOT_USED.name());
            recorded.put("error", e.getMessage());
            return new Choice(recorded, null, null);
        }
    }

    private static LocalDate placedOn(Evaluated customer, OrderAdjustment order) {
        return customer.orders().stream()
                .filter(o -> o.orderId().equals(order.orderId()))
                .findFirst()
                .orElseThrow()
                .placedOn();
    }

    private StoredFit fit(
            Columns columns,
            List<Transaction> log,
            ModelTimeUnit unit,
            LocalDate end,
            String rulesetVersion,
            String by) {
        String version = "fit-" + end.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        long repeat = columns.repeatCustomers();
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        Map<String, Double> parameters = new LinkedHashMap<>();
        // More than one means spend was fitted across currencies: no reporting currency is configured.
        diagnostics.put("currencies", List.copyOf(columns.currencies()));
        // The currency of every amount the fit saw, shown with its spend figures.
        diagnostics.put(
                "currency",
                columns.currencies().isEmpty()
                        ? "NONE"
                        : columns.currencies().size() == 1
                                ? columns.currencies().first()
                                : "MIXED");
        DataSufficiency sufficiency = DataSufficiency.ofCounts(columns.size(), repeat);
        diagnostics.put("dataSufficiency", sufficiency.asMap());
        if (!sufficiency.sufficient()) {
            diagnostics.put("fitStatus", sufficiency.blocking().asMap());
            diagnostics.put(
                    "message",
                    sufficiency.blocking().explanation() + ": CLV is historic only until a fit" + " succeeds; fix: "
                            + sufficiency.reasons().get(0).fix());
            // Stored as too little data (the statuses the table allows); the honest kind is in fitStatus.
            return stored(
                    version, "TOO_LITTLE_DATA", unit, columns, end, parameters, null, diagnostics, rulesetVersion, by);
        }
        if (repeat < properties.minRepeatCustomers()) {
            String finding =
                    repeat + " repeat customers, fewer than the " + properties.minRepeatCustomers() + " needed";
            diagnostics.put("message", finding + ": CLV is historic only until a fit succeeds");
            diagnostics.put("fitStatus", new FitStatus.NotIdentifiable(finding).asMap());
            return stored(
                    version, "TOO_LITTLE_DATA", unit, columns, end, parameters, null, diagnostics, rulesetVersion, by);
        }
        RfmTable table = RfmTable.of(columns.x(), columns.recency(), columns.age());
        BgNbdFit purchases = BgNbdFitter.fit(table, properties.fitOptions());
        parameters.put("r", purchases.model().r());
        parameters.put("alpha", purchases.model().alpha());
        parameters.put("a", purchases.model().a());
        parameters.put("b", purchases.model().b());
        // Ordered maps throughout: Map.of's order changes from one JVM to the next, and so would the stored text.
        Map<String, Object> bgNbd = new LinkedHashMap<>();
        bgNbd.put("converged", purchases.converged());
        bgNbd.put("iterations", purchases.convergence().iterations());
        bgNbd.put("message", String.valueOf(purchases.convergence().message()));
        bgNbd.put("distinctRows", purchases.distinctRows());
        bgNbd.put("penalizer", purchases.penalizer());
        bgNbd.put(
                "standardErrors",
                finite(
                        "r",
                        purchases.standardErrors().r(),
                        "alpha",
                        purchases.standardErrors().alpha(),
                        "a",
                        purchases.standardErrors().a(),
                        "b",
                        purchases.standardErrors().b()));
        diagnostics.put("bgNbd", bgNbd);
        FitStatus purchaseStatus = purchases.status();
        diagnostics.put("fitStatus", purchaseStatus.asMap());
        if (!purchases.converged()) {
            return stored(
                    version,
                    "NOT_CONVERGED",
                    unit,
                    columns,
                    end,
                    parameters,
                    purchases.logLikelihood(),
                    diagnostics,
                    rulesetVersion,
                    by);
        }
        Choice chosen = null;
        if (choice.origins() > 0) {
            chosen = choose(log, unit, end);
            diagnostics.put("modelChoice", chosen.recorded());
        }
        GammaGammaFit spend = GammaGammaFitter.fit(columns.x(), columns.spend(), properties.spendOptions());
        Map<String, Object> spendDiagnostics = new LinkedHashMap<>();
        spendDiagnostics.put("status", spend.status().name());
        spendDiagnostics.put("message", spend.message());
        spendDiagnostics.put("repeatCustomers", spend.repeatCustomers());
        spendDiagnostics.put("spendFrequencyCorrelation", finiteOrZero(spend.spendFrequencyCorrelation()));
        spendDiagnostics.put("correlationWarning", spend.correlationWarning());
        if (spend.model() != null) {
            parameters.put("p", spend.model().p());
            parameters.put("q", spend.model().q());
            parameters.put("gamma", spend.model().gamma());
            spendDiagnostics.put("logLikelihood", finiteOrZero(spend.logLikelihood()));
            spendDiagnostics.put(
                    "standardErrors",
                    finite(
                            "p",
                            spend.standardErrors().p(),
                            "q",
                            spend.standardErrors().q(),
                            "gamma",
                            spend.standardErrors().gamma()));
        }
        diagnostics.put("gammaGamma", spendDiagnostics);
        ServingFits.Served serving = ServingFits.serve(
                chosen == null ? null : chosen.result(),
                chosen == null ? null : chosen.seasonVersion(),
                purchases.model(),
                spend.model(),
                columns.rows(),
                log,
                unit,
                end,
                properties.fitOptions(),
                properties.scoringOptions(unit),
                String.valueOf(diagnostics.get("currency")));
        diagnostics.put(ServingModel.KEY, serving.diagnostics());
        if (chosen != null) {
            chosen.recorded().put("inService", serving.model().model().name());
        }
        String status = switch (spend.status()) {
            case FITTED -> "FITTED";
            case TOO_LITTLE_DATA -> "TOO_LITTLE_DATA";
            case INFINITE_MEAN_SPEND -> "INFINITE_MEAN_SPEND";
            case NOT_CONVERGED -> "NOT_CONVERGED";
        };
        return stored(
                version,
                status,
                unit,
                columns,
                end,
                parameters,
                purchases.logLikelihood(),
                diagnostics,
                rulesetVersion,
                by);
    }

    private StoredFit stored(
            String version,
            String status,
            ModelTimeUnit unit,
            Columns columns,
            LocalDate end,
            Map<String, Double> parameters,
            Double logLikelihood,
            Map<String, Object> diagnostics,
            String rulesetVersion,
            String by) {
        return new StoredFit(
                version,
                status,
                unit,
                columns.windowStart(),
                end,
                columns.size(),
                columns.repeatCustomers(),
                parameters,
                logLikelihood,
                diagnostics,
                rulesetVersion,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                by);
    }

    private static Map<String, Object> outputs(StoredFit fit) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("status", fit.status());
        outputs.put("timeUnit", fit.timeUnit().name());
        outputs.put("calibrationEnd", fit.calibrationEnd().toString());
        outputs.put("customers", fit.customers());
        outputs.put("repeatCustomers", fit.repeatCustomers());
        outputs.put("parameters", fit.parameters());
        if (fit.logLikelihood() != null) {
            outputs.put("logLikelihood", fit.logLikelihood());
        }
        return outputs;
    }

    static String roleOf(String actor) {
        return actor == null || "easel".equals(actor) ? "SYSTEM" : "ADMIN";
    }

    /** Names and values in the order given; a value that is not finite is stored as "NaN". */
    private static Map<String, Object> finite(Object... namesAndValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            double value = (Double) namesAndValues[i + 1];
            result.put((String) namesAndValues[i], Double.isFinite(value) ? value : "NaN");
        }
        return result;
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0.0;
    }

    /** The fit's input columns, grown chunk by chunk. */
    private static final class Columns {
        private int[] x = new int[1024];
        private double[] recency = new double[1024];
        private double[] age = new double[1024];
        private double[] spend = new double[1024];
        private double[] margin = new double[1024];
        private LocalDate[] first = new LocalDate[1024];
        private LocalDate[] last = new LocalDate[1024];
        private int size;
        private long repeat;
        private LocalDate windowStart;
        private final java.util.SortedSet<String> currencies = new java.util.TreeSet<>();
        private final java.security.MessageDigest digest = sha256();

        void add(AdjustedSummary summary) {
            if (size == x.length) {
                x = java.util.Arrays.copyOf(x, size * 2);
                recency = java.util.Arrays.copyOf(recency, size * 2);
                age = java.util.Arrays.copyOf(age, size * 2);
                spend = java.util.Arrays.copyOf(spend, size * 2);
                margin = java.util.Arrays.copyOf(margin, size * 2);
                first = java.util.Arrays.copyOf(first, size * 2);
                last = java.util.Arrays.copyOf(last, size * 2);
            }
            x[size] = summary.x();
            recency[size] = summary.recency();
            age[size] = summary.age();
            spend[size] = summary.meanRepeatSpend();
            margin[size] = summary.margin();
            first[size] = summary.firstPurchase();
            last[size] = summary.lastPurchase();
            size++;
            currencies.add(summary.currency());
            if (summary.x() > 0) {
                repeat++;
            }
            if (windowStart == null || summary.firstPurchase().isBefore(windowStart)) {
                windowStart = summary.firstPurchase();
            }
            digest.update((summary.x() + ";" + summary.recency() + ";" + summary.age() + ";" + summary.meanRepeatSpend()
                            + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        int size() {
            return size;
        }

        java.util.SortedSet<String> currencies() {
            return currencies;
        }

        long repeatCustomers() {
            return repeat;
        }

        LocalDate windowStart() {
            return windowStart;
        }

        int[] x() {
            return java.util.Arrays.copyOf(x, size);
        }

        double[] recency() {
            return java.util.Arrays.copyOf(recency, size);
        }

        double[] age() {
            return java.util.Arrays.copyOf(age, size);
        }

        double[] spend() {
            return java.util.Arrays.copyOf(spend, size);
        }

        ServingFits.Rows rows() {
            return new ServingFits.Rows(
                    x(),
                    recency(),
                    age(),
                    spend(),
                    java.util.Arrays.copyOf(margin, size),
                    java.util.Arrays.copyOf(first, size),
                    java.util.Arrays.copyOf(last, size));
        }

        /** SHA-256 over the fitted rows in the order they were read. */
        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
