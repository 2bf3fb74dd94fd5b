package dev.easel.consent.internal;

import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStanding;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.consent.CustomerChoice;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import dev.easel.consent.RenewalDue;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Consents} on the append-only consent log ({@link ConsentStore}): validates, stamps and announces each event. */
@Service
class ConsentLedger implements Consents {

    private static final String GPC_SIGNAL = "GPC";
    private static final String GPC_SOURCE = "gpc-header";
    private static final String GPC_POLICY = "gpc-1.0";
    private static final String GPC_WORDING = "Browser sent a Global Privacy Control signal (Sec-GPC: 1).";

    private final ConsentStore store;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentLedger(ConsentStore store, Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public Recorded record(ConsentSubmission submission, String recordedBy) {
        List<FieldProblem> problems = ConsentValidation.problems(submission, clock);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The consent event has invalid fields.", problems);
        }
        String customerKey = Optional.ofNullable(customers
                        .keysBySourceIds(List.of(submission.customerId()))
                        .get(submission.customerId()))
                .orElseThrow(() -> new InvalidRequestException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "Easel does not know customer '" + submission.customerId()
                                + "': send the customer (POST /api/customers) before their consent.",
                        List.of(FieldProblem.of("customerId", "unknown customer"))));
        // Before the event is stamped: a CLV being published for this customer either commits first or sees it.
        customers.holdForDecision(customerKey);
        ConsentEvent candidate = new ConsentEvent(
                0,
                customerKey,
                Purpose.fromCode(submission.purpose()),
                ConsentStatus.valueOf(submission.status()),
                LawfulBasis.valueOf(submission.lawfulBasis()),
                submission.capturedAt().toInstant().truncatedTo(ChronoUnit.MICROS),
                submission.source(),
                submission.policyVersion(),
                submission.wording(),
                blankToNull(submission.signal()),
                recordedBy,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        var repeat = store.findRepeat(candidate);
        if (repeat.isPresent()) {
            return new Recorded(repeat.get(), false);
        }
        long id = store.insert(candidate);
        ConsentEvent stored = withId(candidate, id);
        events.publishEvent(ConsentChanged.of(stored));
        return new Recorded(stored, true);
    }

    @Transactional
    @Override
    public boolean recordGlobalPrivacyControl(String customerKey, String recordedBy) {
        customers.holdForDecision(customerKey);
        if (standing(customerKey).globalPrivacyControl()) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConsentEvent candidate = new ConsentEvent(
                0,
                customerKey,
                Purpose.MARKETING_SYNC,
                ConsentStatus.OPTED_OUT,
                LawfulBasis.LEGITIMATE_INTEREST,
                now,
                GPC_SOURCE,
                GPC_POLICY,
                GPC_WORDING,
                GPC_SIGNAL,
                recordedBy,
                now);
        ConsentEvent stored = withId(candidate, store.insert(candidate));
        events.publishEvent(ConsentChanged.of(stored));
        return true;
    }

    @Transactional
    @Override
    public ConsentEvent recordCustomerChoice(CustomerChoice choice) {
        customers.holdForDecision(choice.customerKey());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConsentEvent candidate = new ConsentEvent(
                0,
                choice.customerKey(),
                choice.purpose(),
                choice.status(),
                LawfulBasis.CONSENT,
                now,
                choice.source(),
                choice.policyVersion(),
                choice.wording(),
                null,
                choice.recordedBy(),
                now,
                choice.noticeVersion(),
                choice.noticeLanguage());
        ConsentEvent stored = withId(candidate, store.insert(candidate));
        events.publishEvent(ConsentChanged.of(stored));
        return stored;
    }

    @Override
    public Optional<ConsentEvent> find(long eventId) {
        return store.find(eventId);
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public List<ConsentEvent> history(String customerKey) {
        return store.history(customerKey);
    }

    @Override
    public ConsentStanding standing(String customerKey) {
        return ConsentStanding.of(customerKey, store.history(customerKey));
    }

    @Override
    public Map<String, ConsentStanding> standings(Collection<String> customerKeys) {
        Map<String, List<ConsentEvent>> byCustomer = store.historyOf(customerKeys).stream()
                .collect(Collectors.groupingBy(ConsentEvent::customerKey, LinkedHashMap::new, Collectors.toList()));
        Map<String, ConsentStanding> standings = new LinkedHashMap<>();
        for (String key : customerKeys) {
            standings.put(key, ConsentStanding.of(key, byCustomer.getOrDefault(key, List.of())));
        }
        return standings;
    }

    @Override
    public List<RenewalDue> renewalsDue(LocalDate from, LocalDate before) {
        return store.givenConsentsCaptured(
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                before.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static ConsentEvent withId(ConsentEvent event, long id) {
        return new ConsentEvent(
                id,
                event.customerKey(),
                event.purpose(),
                event.status(),
                event.lawfulBasis(),
                event.capturedAt(),
                event.source(),
                event.policyVersion(),
                event.wording(),
                event.signal(),
                event.recordedBy(),
                event.recordedAt(),
                event.noticeVersion(),
                event.noticeLanguage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
