package dev.easel.clv.engine;

import dev.easel.clv.ApprovalOutcome;
import dev.easel.clv.ClvApprovalWithheld;
import dev.easel.clv.ClvApproved;
import dev.easel.clv.ClvCandidate;
import dev.easel.clv.ClvEscalated;
import dev.easel.clv.ClvExplanation;
import dev.easel.clv.ClvFlagged;
import dev.easel.clv.ClvProfile;
import dev.easel.clv.ClvPublished;
import dev.easel.clv.ClvReads;
import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.ClvRejected;
import dev.easel.clv.ClvSuppressed;
import dev.easel.clv.ConsentGate;
import dev.easel.clv.CurrentClv;
import dev.easel.clv.CurrentStatus;
import dev.easel.clv.PublishedClv;
import dev.easel.clv.ReviewCheck;
import dev.easel.clv.ReviewEvidence;
import dev.easel.clv.StoredFit;
import dev.easel.clv.model.ChurnBand;
import dev.easel.commerce.CustomerNotFoundException;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.Purpose;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.ReviewFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One customer's recalculation, step by step, each decision recorded by the audit trail in its transaction. */
@Service
class Recalculations implements ClvRecalculation, ClvReads {

    private final ChunkEvaluator evaluator;
    private final FitStore fits;
    private final ResultStore results;
    private final ReviewStep review;
    private final OpenReviews openReviews;
    private final Explanations explanations;
    private final ApplicationEventPublisher events;
    private final ConsentEligibility eligibility;
    private final Customers customers;
    private final GateCarry carry;
    private final Clock clock;

    Recalculations(
            ChunkEvaluator evaluator,
            FitStore fits,
            ResultStore results,
            ReviewStep review,
            OpenReviews openReviews,
            Explanations explanations,
            ApplicationEventPublisher events,
            ConsentEligibility eligibility,
            Customers customers,
            GateCarry carry,
            Clock clock) {
        this.evaluator = evaluator;
        this.fits = fits;
        this.results = results;
        this.review = review;
        this.openReviews = openReviews;
        this.explanations = explanations;
        this.events = events;
        this.eligibility = eligibility;
        this.customers = customers;
        this.carry = carry;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ConsentGate checkConsent(String customerKey) {
        // The gate alone: the ledger and the adjustment rules are compute's work.
        LocalDate today = today();
        ChunkEvaluator.Gated gated = evaluator.gate(List.of(customerKey), today).stream()
                .findFirst()
                .orElseThrow(() -> new CustomerNotFoundException(customerKey));
        carry.keep(gated, today);
        return gated.evaluated().gate();
    }

    @Override
    @Transactional
    public ClvCandidate compute(String customerKey, String processInstance) {
        Evaluated customer =
                computed(customerKey, fits.latestFitted().map(FittedModel::of).orElse(null));
        if (customer.suppressed()) {
            // The gate is checked again here: data must not be profiled even if a workflow skipped the gate.
            throw new IllegalStateException("consent does not allow profiling customer " + customerKey + " ("
                    + String.join(", ", customer.gate().reasons()) + "): suppress instead");
        }
        ResultRow row = ResultRow.of(
                customer,
                ResultStatus.CANDIDATE,
                null,
                processInstance,
                today(),
                now(),
                explanations.of(customer, null));
        row = row.withId(results.insert(row));
        return new ClvCandidate(
                row.id(),
                row.customerKey(),
                row.currency(),
                row.historic(),
                row.predicted(),
                row.total(),
                row.probabilityAlive() == null ? 0.0 : row.probabilityAlive(),
                row.historicOnly(),
                row.rulesetVersion(),
                row.modelVersion());
    }

    @Override
    @Transactional
    public ReviewCheck checkForReview(long candidateId) {
        ResultRow row = candidate(candidateId);
        BigDecimal previous =
                results.publishedPredicted(List.of(row.customerKey())).get(row.customerKey());
        RuleOutcome<ReviewFlag> outcome =
                review.check(row, previous, today(), ReviewStep.Findings.of(explanations.read(row.explanation())));
        boolean flagged = outcome.results().raised();
        results.updateExplanation(
                row.id(),
                explanations.withReview(
                        row.explanation(),
                        Explanations.review(flagged, outcome.results().reasons(), outcome.firedRules())));
        if (flagged) {
            Instant now = now();
            results.decide(List.of(row.id()), ResultStatus.FLAGGED, now, null, null);
            ResultRow decided = row.decided(ResultStatus.FLAGGED, now, null, null);
            if (openReviews.supersede(List.of(decided), now).isEmpty()) {
                results.makeCurrent(
                        List.of(new ResultStore.CurrentChange(
                                row.customerKey(), CurrentStatus.PENDING_REVIEW, row.id())),
                        now);
                events.publishEvent(new ClvFlagged(Decisions.of(
                        decided,
                        null,
                        null,
                        outcome.firedRules(),
                        String.join(", ", outcome.results().reasonCodes()),
                        row.processInstance())));
            }
        }
        return new ReviewCheck(row.id(), flagged, outcome.results().reasonCodes(), outcome.firedRules());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean coveredByOpenReview(long candidateId) {
        return openReviews.covered(candidate(candidateId));
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewEvidence evidence(long candidateId) {
        ResultRow row = candidate(candidateId);
        StoredExplanation explanation = explanations.read(row.explanation());
        Optional<ResultRow> previousRow = results.current(row.customerKey())
                .map(ResultStore.Current::publishedId)
                .flatMap(results::find);
        BigDecimal previous = previousRow.map(ResultRow::total).orElse(null);
        Optional<StoredExplanation.Review> review = Optional.ofNullable(explanation.review());
        List<String> reasons = review.map(StoredExplanation.Review::reasonCodes).orElse(List.of());
        return new ReviewEvidence(
                row.id(),
                row.customerKey(),
                row.currency(),
                previous,
                row.total(),
                previous == null ? row.total() : row.total().subtract(previous),
                reasons,
                explanation.orderIds(),
                rulesBehind(explanation),
                row.rulesetVersion(),
                row.modelVersion(),
                drivers(row, previousRow.map(ResultRow::scoredOn).orElse(null)),
                ReviewEvidence.explanationOf(row.customerKey()));
    }

    /**
     * The orders behind a change: those placed on or after the day the last published value was computed (orders
     * carry a day, not a time; newest first), then the largest by
     * what they add to historic value. Read from the ledger through the adjustment rules as of today; none when
     * consent no longer allows reading them.
     */
    private List<ReviewEvidence.OrderEvidence> drivers(ResultRow row, LocalDate lastValueOn) {
        Evaluated customer;
        try {
            customer = evaluateOne(row.customerKey(), null, false);
        } catch (CustomerNotFoundException erased) {
            return List.of();
        }
        if (customer.suppressed() || customer.adjustments() == null) {
            return List.of();
        }
        List<ReviewEvidence.OrderEvidence> orders = new ArrayList<>();
        for (Order order : customer.orders()) {
            customer.adjustments()
                    .order(order.orderId())
                    .filter(OrderAdjustment::countsInHistoric)
                    .filter(adjusted -> adjusted.historicAmount().signum() > 0)
                    .ifPresent(adjusted -> orders.add(new ReviewEvidence.OrderEvidence(
                            order.orderId(),
                            order.placedOn(),
                            adjusted.historicAmount().setScale(2, RoundingMode.HALF_UP),
                            lastValueOn == null || !order.placedOn().isBefore(lastValueOn))));
        }
        orders.sort(Comparator.comparing(ReviewEvidence.OrderEvidence::sinceLastValue)
                .reversed()
                .thenComparing((a, b) -> a.sinceLastValue()
                        ? b.placedOn().compareTo(a.placedOn())
                        : b.counted().compareTo(a.counted())));
        return orders.subList(0, Math.min(ReviewEvidence.ORDERS_SHOWN, orders.size()));
    }

    /** The consent and adjustment rules behind the value, then the review rules that flagged it. */
    private static List<String> rulesBehind(StoredExplanation explanation) {
        Set<String> rules = new LinkedHashSet<>(explanation.rulesFired());
        if (explanation.review() != null) {
            rules.addAll(explanation.review().rulesFired());
        }
        return List.copyOf(rules);
    }

    @Override
    @Transactional
    public Optional<PublishedClv> publishWithoutReview(long candidateId, String processInstance) {
        return publish(candidateId, null, null, processInstance);
    }

    /** {@code reviewer} is null when no review was needed; otherwise the officer who approved, with their reason. */
    private Optional<PublishedClv> publish(long candidateId, String reviewer, String reason, String processInstance) {
        ResultRow row = candidate(candidateId);
        // One decision at a time per customer: a "no" being recorded now either commits before this check or waits.
        customers.holdForDecision(row.customerKey());
        Instant now = now();
        if (reviewer == null && row.decisionReason() == null) {
            // A "no" recorded after the candidate was computed wins: the value is not published but suppressed.
            Optional<ConsentGate> refusal = profilingRefusedNow(row.customerKey());
            if (refusal.isPresent()) {
                results.decide(
                        List.of(row.id()),
                        row.status(),
                        now,
                        Decisions.SYSTEM,
                        "WITHHELD (CONSENT): consent " + "no longer allows profiling ("
                                + String.join(", ", refusal.get().reasons()) + ")");
                suppress(row.customerKey(), refusal.get(), processInstance);
                return Optional.empty();
            }
        }
        ResultRow published =
                row.decided(ResultStatus.PUBLISHED, now, reviewer == null ? Decisions.SYSTEM : reviewer, reason);
        if (reviewer == null) {
            openReviews.supersede(List.of(published), now);
        }
        if (!results.publishUndecided(row.id(), now, published.decidedBy(), reason)) {
            // Decided already (a retried step, or two callers at once): one publication, one record.
            ResultRow decided = candidate(candidateId);
            if (decided.status() != ResultStatus.PUBLISHED) {
                throw new IllegalStateException("result " + candidateId + " is " + decided.status()
                        + (decided.decisionReason() == null ? "" : " (" + decided.decisionReason() + ")")
                        + ", not publishable");
            }
            return Optional.of(
                    new PublishedClv(row.id(), row.customerKey(), row.currency(), row.total(), decided.decidedAt()));
        }
        results.makeCurrent(
                List.of(new ResultStore.CurrentChange(row.customerKey(), CurrentStatus.PUBLISHED, row.id())), now);
        if (reviewer != null) {
            events.publishEvent(new ClvApproved(
                    Decisions.of(published, reviewer, "COMPLIANCE", List.of(), reason, processInstance)));
        }
        events.publishEvent(new ClvPublished(Decisions.of(published, null, null, List.of(), reason, processInstance)));
        return Optional.of(new PublishedClv(row.id(), row.customerKey(), row.currency(), row.total(), now));
    }

    /** Consent to profiling as it stands now, read from the consent module alone (no ledger, no adjustments). */
    private Optional<ConsentGate> profilingRefusedNow(String customerKey) {
        return eligibility
                .decide(customerKey, Purpose.CLV_PROFILING, today())
                .filter(verdict -> !verdict.allows())
                .map(verdict -> new ConsentGate(
                        customerKey,
                        verdict.status(),
                        verdict.reasons(),
                        verdict.rulesFired(),
                        verdict.rulesetVersion()));
    }

    @Override
    @Transactional
    public ApprovalOutcome approve(long candidateId, String reviewer, String reason, String processInstance) {
        ResultRow row = candidate(candidateId);
        customers.holdForDecision(row.customerKey());
        boolean latest = row.decisionReason() == null
                && results.current(row.customerKey())
                        .map(current -> Long.valueOf(candidateId).equals(current.pendingId()))
                        .orElse(false);
        if (!latest) {
            return withhold(
                    row,
                    reviewer,
                    reason,
                    processInstance,
                    ApprovalOutcome.STALE,
                    "Nothing was published: "
                            + "a newer result for customer " + row.customerKey()
                            + " replaced this one (a decision applies "
                            + "to the latest result only).",
                    null);
        }
        ConsentGate gate;
        try {
            gate = checkConsent(row.customerKey());
        } catch (CustomerNotFoundException erased) {
            return withhold(
                    row,
                    reviewer,
                    reason,
                    processInstance,
                    ApprovalOutcome.CONSENT,
                    "Nothing was published: " + "customer " + row.customerKey() + " is no longer known (erased).",
                    null);
        }
        if (!gate.allowsProfiling()) {
            return withhold(
                    row,
                    reviewer,
                    reason,
                    processInstance,
                    ApprovalOutcome.CONSENT,
                    "Nothing was published: "
                            + "consent no longer allows profiling customer " + row.customerKey() + " ("
                            + String.join(", ", gate.reasons()) + "); the value is suppressed.",
                    gate);
        }
        publish(candidateId, reviewer, reason, processInstance);
        return ApprovalOutcome.publishedFor(row.customerKey());
    }

    /**
     * An approval that cannot be carried out: the result is marked as decided with the reason, the customer's pending
     * review is dropped, and where consent forbids profiling the customer is suppressed at once.
     */
    private ApprovalOutcome withhold(
            ResultRow row,
            String reviewer,
            String reason,
            String processInstance,
            String because,
            String message,
            ConsentGate gate) {
        Instant now = now();
        String recorded = "WITHHELD (" + because + "): " + message
                + (reason == null || reason.isBlank() ? "" : " Reviewer's reason: " + reason);
        if (row.decisionReason() == null) {
            results.decide(List.of(row.id()), row.status(), now, reviewer, recorded);
        }
        boolean pending = results.current(row.customerKey())
                .map(current -> Long.valueOf(row.id()).equals(current.pendingId()))
                .orElse(false);
        if (pending) {
            results.dropPending(row.customerKey(), now);
        }
        events.publishEvent(new ClvApprovalWithheld(Decisions.of(
                row.decided(row.status(), now, reviewer, recorded),
                reviewer,
                "COMPLIANCE",
                gate == null ? List.of() : gate.rulesFired(),
                recorded,
                processInstance)));
        if (gate != null) {
            suppress(row.customerKey(), gate, processInstance);
        }
        return new ApprovalOutcome(false, because, message);
    }

    @Override
    @Transactional
    public void reject(long candidateId, String reviewer, String reason, String processInstance) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        ResultRow row = candidate(candidateId);
        Instant now = now();
        results.decide(List.of(row.id()), ResultStatus.REJECTED, now, reviewer, reason);
        results.dropPending(row.customerKey(), now);
        events.publishEvent(new ClvRejected(Decisions.of(
                row.decided(ResultStatus.REJECTED, now, reviewer, reason),
                reviewer,
                "COMPLIANCE",
                List.of(),
                reason,
                processInstance)));
    }

    @Override
    @Transactional
    public void recordEscalation(long candidateId, String processInstance) {
        ResultRow row = candidate(candidateId);
        events.publishEvent(new ClvEscalated(Decisions.of(
                row,
                null,
                null,
                List.of(),
                "review not decided in time: escalated to the compliance lead",
                processInstance)));
    }

    @Override
    @Transactional
    public void suppress(String customerKey, ConsentGate gate, String processInstance) {
        Evaluated customer = new Evaluated(
                customerKey,
                List.of(),
                gate,
                null,
                null,
                null,
                null,
                gate.rulesFired(),
                gate.rulesetVersion(),
                InputsDigest.ofSuppression(today(), gate));
        Instant now = now();
        ResultRow row = ResultRow.of(
                customer,
                ResultStatus.SUPPRESSED,
                null,
                processInstance,
                today(),
                now,
                explanations.of(customer, null));
        row = row.withId(results.insert(row));
        openReviews.supersede(List.of(row), now);
        results.makeCurrent(
                List.of(new ResultStore.CurrentChange(customerKey, CurrentStatus.SUPPRESSED, row.id())), now);
        events.publishEvent(new ClvSuppressed(
                Decisions.of(row, null, null, gate.rulesFired(), String.join(", ", gate.reasons()), processInstance)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentClv> current(String customerKey) {
        return profile(customerKey).map(ClvProfile::current);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClvProfile> profile(String customerKey) {
        return results.current(customerKey).map(current -> {
            Long shown = current.status() == CurrentStatus.SUPPRESSED ? current.suppressedId() : current.publishedId();
            ResultRow row = shown == null ? null : results.find(shown).orElse(null);
            return profile(customerKey, current.status(), row);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClvExplanation> explanation(String customerKey) {
        return results.current(customerKey).map(current -> {
            Long id = current.pendingId() != null
                    ? current.pendingId()
                    : current.suppressedId() != null ? current.suppressedId() : current.publishedId();
            ResultRow row = results.find(id).orElseThrow();
            StoredExplanation stored = explanations.read(row.explanation());
            Map<String, Object> model = new LinkedHashMap<>();
            if (row.modelVersion() != null) {
                fits.byVersion(row.modelVersion()).ifPresent(fit -> model.putAll(modelOf(fit)));
            }
            oneOrderNote(row).ifPresent(note -> model.put("oneOrderCustomer", note));
            if (stored.season() != null) {
                model.put("season", explanations.asJson(stored.season()));
            }
            Map<String, Object> reviewPart = explanations.asJson(stored.review());
            reviewPart.put("outcome", row.status().name());
            if (row.decidedBy() != null) {
                reviewPart.put("decidedBy", row.decidedBy());
                reviewPart.put("decidedAt", row.decidedAt().toString());
            }
            if (row.decisionReason() != null) {
                reviewPart.put("reason", row.decisionReason());
            }
            return new ClvExplanation(
                    customerKey,
                    current.status().name(),
                    explanations.asJson(stored.eligibility()),
                    explanations.asJson(stored.adjustments()),
                    explanations.asJson(stored.flags()),
                    row.historicOnly(),
                    stored.historicOnlyReason(),
                    model,
                    reviewPart,
                    row.rulesetVersion(),
                    row.inputsDigest(),
                    row.computedAt());
        });
    }

    static ClvProfile profile(String customerKey, CurrentStatus status, ResultRow row) {
        if (row == null || status == CurrentStatus.SUPPRESSED) {
            CurrentClv current = new CurrentClv(
                    customerKey,
                    status,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    row == null ? null : row.rulesetVersion(),
                    null);
            return new ClvProfile(
                    current,
                    null,
                    null,
                    null,
                    row == null ? null : row.scoredOn(),
                    row == null ? null : row.computedAt());
        }
        Double alive = row.probabilityAlive();
        CurrentClv current = new CurrentClv(
                customerKey,
                status,
                row.currency(),
                row.historic(),
                row.predicted(),
                row.total(),
                alive,
                alive == null ? null : 1.0 - alive,
                alive == null ? null : ChurnBand.of(1.0 - alive),
                row.forecast().expectedOrders(),
                row.forecast().expectedSpend(),
                row.forecast().nextOrderOn(),
                row.historicOnly(),
                row.rulesetVersion(),
                row.modelVersion());
        return new ClvProfile(
                current,
                row.history().historicOrders(),
                row.history().averageDaysBetween(),
                row.history().averageOrderValue(),
                row.scoredOn(),
                row.computedAt());
    }

    /** Why a one-order customer has expected orders and a value but no P(alive) and no next-order date. */
    static final String ONE_ORDER_NOTE = "one order so far: BG/NBD (plain or seasonal) lets a customer leave only right"
            + " after a repeat purchase, so P(alive) is 1 by construction until they buy again and says nothing about"
            + " this customer (P(alive) and the next-order date are withheld); expected orders and predicted value"
            + " already allow for leaving later";

    /** What a one-order customer's P(alive) and next-order date mean when the serving model gives them. */
    static final String ONE_ORDER_ASSESSED_NOTE = "one order so far: Pareto/NBD, the model serving, lets a customer"
            + " leave at any time, so P(alive) falls with the time since the first order; the next-order date is when"
            + " a customer who is still active would be expected to buy again (read it with P(alive))";

    /** The note on a one-order customer's P(alive): withheld (BG/NBD) or given by the model (Pareto/NBD). */
    static Optional<String> oneOrderNote(ResultRow row) {
        if (row.historicOnly()) {
            return Optional.empty();
        }
        if (row.probabilityAlive() == null) {
            return Optional.of(ONE_ORDER_NOTE);
        }
        Integer repeats = row.history().frequency();
        return repeats != null && repeats == 0 ? Optional.of(ONE_ORDER_ASSESSED_NOTE) : Optional.empty();
    }

    static Map<String, Object> modelOf(StoredFit fit) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("version", fit.version());
        model.put("status", fit.status());
        model.put("timeUnit", fit.timeUnit().name());
        model.put("calibrationEnd", fit.calibrationEnd().toString());
        model.put("customers", fit.customers());
        model.put("parameters", fit.parameters());
        if (fit.diagnostics().get(ServingModel.KEY) instanceof Map<?, ?> serving) {
            model.put("serving", serving);
        }
        model.put("fittedAt", fit.fittedAt().toString());
        return model;
    }

    /**
     * Adjustments and model, on the gate this round's gate step decided (same transaction, same day); where there is
     * none, or the rules changed in between, the gate is decided here too.
     */
    private Evaluated computed(String customerKey, FittedModel model) {
        LocalDate today = today();
        Optional<Evaluated> onCarriedGate = carry.take(customerKey, today)
                .map(gated ->
                        evaluator.evaluateGated(List.of(gated), today, model).get(0))
                .filter(customer -> customer.suppressed()
                        || customer.rulesetVersion().equals(customer.gate().rulesetVersion()));
        return onCarriedGate.orElseGet(() -> evaluateOne(customerKey, model, true));
    }

    private Evaluated evaluateOne(String customerKey, FittedModel model, boolean withModel) {
        List<Evaluated> evaluated = withModel
                ? evaluator.evaluate(List.of(customerKey), today(), model)
                : evaluator.adjust(
                        List.of(customerKey),
                        today(),
                        fits.latestFitted().map(StoredFit::timeUnit).orElse(dev.easel.clv.model.ModelTimeUnit.DAYS));
        if (evaluated.isEmpty()) {
            throw new CustomerNotFoundException(customerKey);
        }
        return evaluated.get(0);
    }

    private ResultRow candidate(long id) {
        return results.find(id).orElseThrow(() -> new IllegalArgumentException("no CLV result " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
