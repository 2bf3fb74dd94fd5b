package dev.easel.consent.internal;

import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequestCompleted;
import dev.easel.consent.DataSubjectRequestOpened;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DataSubjectRequests} kept in their own table, each opening and answer announced. */
@Service
class DataSubjectRequestLog implements DataSubjectRequests {

    private final DataSubjectRequestStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataSubjectRequestLog(DataSubjectRequestStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public DataSubjectRequest open(
            DataSubjectRequest.Type type,
            Regulation regulation,
            String customerKey,
            String subjectReference,
            String source) {
        Instant received = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DataSubjectRequest request = new DataSubjectRequest(
                0,
                type,
                regulation,
                customerKey,
                subjectReference,
                source,
                received,
                regulation.deadline(received),
                DataSubjectRequest.Status.OPEN,
                null,
                null);
        long id = store.insert(request);
        events.publishEvent(new DataSubjectRequestOpened(id, type, regulation, customerKey, request.dueAt()));
        return store.find(id).orElseThrow();
    }

    @Override
    public List<DataSubjectRequest> open() {
        return store.open();
    }

    @Override
    public Optional<DataSubjectRequest> find(long id) {
        return store.find(id);
    }

    @Override
    public List<DataSubjectRequest> ofCustomer(String customerKey) {
        return store.ofCustomer(customerKey);
    }

    @Transactional
    @Override
    public void completed(String customerKey, DataSubjectRequest.Type type, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (DataSubjectRequest request : store.ofCustomer(customerKey)) {
            if (request.type() == type && request.status() == DataSubjectRequest.Status.OPEN) {
                events.publishEvent(new DataSubjectRequestCompleted(request.id(), type, customerKey, now, by));
            }
        }
        store.complete(customerKey, type, now, by);
    }
}
