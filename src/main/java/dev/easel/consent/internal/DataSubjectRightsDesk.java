package dev.easel.consent.internal;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.CustomerNotFoundException;
import dev.easel.commerce.Customers;
import dev.easel.commerce.Orders;
import dev.easel.consent.Consents;
import dev.easel.consent.CustomerDataSection;
import dev.easel.consent.CustomerErased;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.DataSubjectRights;
import dev.easel.consent.Regulation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DataSubjectRights}: the export gathers the ledger, the consent log and every module's
 * {@link CustomerDataSection}; erasure clears the same, and both answer the customer's requests on record.
 */
@Service
class DataSubjectRightsDesk implements DataSubjectRights {

    private static final String API = "api";

    private final Customers customers;
    private final Orders orders;
    private final Consents consents;
    private final DataSubjectRequests requests;
    private final List<CustomerDataSection> sections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataSubjectRightsDesk(
            Customers customers,
            Orders orders,
            Consents consents,
            DataSubjectRequests requests,
            List<CustomerDataSection> sections,
            ApplicationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.orders = orders;
        this.consents = consents;
        this.requests = requests;
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public Map<String, Object> export(String customerKey, Regulation regulation, String by) {
        CustomerDetails customer =
                customers.find(customerKey).orElseThrow(() -> new CustomerNotFoundException(customerKey));
        answer(customerKey, DataSubjectRequest.Type.ACCESS, regulation, by);
        return contents(customer);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Map<String, Object>> completedCopy(String customerKey) {
        boolean answered = requests.ofCustomer(customerKey).stream()
                .anyMatch(request -> request.type() == DataSubjectRequest.Type.ACCESS
                        && request.status() == DataSubjectRequest.Status.COMPLETED);
        if (!answered) {
            return Optional.empty();
        }
        return customers.find(customerKey).map(this::contents);
    }

    private Map<String, Object> contents(CustomerDetails customer) {
        String customerKey = customer.customerKey();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("customerKey", customerKey);
        export.put("exportedAt", clock.instant());
        export.put("customer", customer);
        export.put("orders", orders.ofCustomer(customerKey));
        export.put("consents", consents.history(customerKey));
        for (CustomerDataSection section : sections) {
            export.put(section.name(), section.export(customerKey));
        }
        export.put("dataSubjectRequests", requests.ofCustomer(customerKey));
        return export;
    }

    @Transactional
    @Override
    public Erasure erase(String customerKey, Regulation regulation, String by) {
        customers.find(customerKey).orElseThrow(() -> new CustomerNotFoundException(customerKey));
        boolean personalData = customers.erasePersonalData(customerKey);
        List<String> erased = new ArrayList<>();
        for (CustomerDataSection section : sections) {
            section.erase(customerKey);
            erased.add(section.name());
        }
        Instant now = clock.instant();
        answer(customerKey, DataSubjectRequest.Type.ERASURE, regulation, by);
        events.publishEvent(new CustomerErased(customerKey, now, by));
        return new Erasure(customerKey, personalData, erased, now);
    }

    private void answer(String customerKey, DataSubjectRequest.Type type, Regulation regulation, String by) {
        boolean open = requests.ofCustomer(customerKey).stream()
                .anyMatch(request -> request.type() == type && request.status() == DataSubjectRequest.Status.OPEN);
        if (!open) {
            requests.open(type, regulation, customerKey, null, API);
        }
        requests.completed(customerKey, type, by);
    }
}
