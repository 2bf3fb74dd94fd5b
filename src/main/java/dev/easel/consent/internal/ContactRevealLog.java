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

/**
 * Contact data for the compliance desk: masked for everyone by default; shown in full only when an officer asks and
 * says why, and then on the record.
 */
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

    /** The customer's contact data masked (empty for an unknown customer). */
    @Override
    public Optional<Contact> masked(String customerKey) {
        return customers.find(customerKey).map(CustomerDetails::contact).map(ContactMasking::mask);
    }

    /**
     * The contact data in full, with the reveal announced in the same transaction (the audit trail records it before
     * anything is shown). A reason is required.
     */
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
