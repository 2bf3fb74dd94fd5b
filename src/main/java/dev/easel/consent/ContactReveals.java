package dev.easel.consent;

import dev.easel.commerce.CustomerDetails.Contact;
import java.util.Optional;

/**
 * Contact data for the compliance desk: masked for everyone by default; shown in full only when an officer asks and
 * says why, and then on the record.
 */
public interface ContactReveals {

    /** The customer's contact data masked (empty for an unknown customer). */
    Optional<Contact> masked(String customerKey);

    /**
     * The contact data in full, with the reveal announced in the same transaction (the audit trail records it before
     * anything is shown). A reason is required.
     */
    Optional<Contact> reveal(String customerKey, String by, String why);
}
