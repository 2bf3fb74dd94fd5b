package dev.easel.consent.internal;

import dev.easel.commerce.ContactMasking;
import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.CustomerDetails.Contact;
import dev.easel.commerce.Customers;
import dev.easel.consent.ContactRevealed;
import dev.easel.consent.ContactReveals;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContactReveals} over the commerce ledger's contact data, each reveal announced for the audit trail. */
@Service
class ContactRevealLog implements ContactReveals {

    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactRevealLog(Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Contact> masked(String customerKey) {
        return customers.find(customerKey).map(CustomerDetails::contact).map(ContactMasking::mask);
    }

    @Transactional
    @Override
    public Optional<Contact> reveal(String customerKey, String by, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a reveal needs a reason");
        }
        Optional<Contact> contact = customers.find(customerKey).map(CustomerDetails::contact);
        contact.ifPresent(
                found -> events.publishEvent(new ContactRevealed(customerKey, by, why.strip(), Instant.now(clock))));
        return contact;
    }
}
