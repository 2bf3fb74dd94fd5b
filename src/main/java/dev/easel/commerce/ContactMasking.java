package dev.easel.commerce;

import dev.easel.commerce.CustomerDetails.Contact;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Masked contact data for readers who may not see it in full, the same in the API and the console: enough to
 * recognise a record ({@code j***@example.com}, {@code J. D.}), not to reach a person.
 */
public final class ContactMasking {

    private static final String HIDDEN = "***";

    private ContactMasking() {}

    public static Contact mask(Contact contact) {
        return new Contact(
                email(contact.email()),
                initials(contact.name()),
                hidden(contact.addressLine()),
                hidden(contact.city()),
                hidden(contact.postalCode()));
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return email.charAt(0) + HIDDEN + email.substring(at);
    }

    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(name.trim().split("\\s+"))
                .map(part -> part.substring(0, 1).toUpperCase() + ".")
                .collect(Collectors.joining(" "));
    }

    private static String hidden(String value) {
        return value == null ? null : HIDDEN;
    }
}
