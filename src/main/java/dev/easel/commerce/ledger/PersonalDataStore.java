package dev.easel.commerce.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.easel.commerce.CustomerDetails;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Customers' contact details, sealed under a data key per customer (see {@link PersonalDataCipher}): the only place
 * the ledger keeps personal data. Erasure deletes the customer's data key with the details.
 */
@Repository
class PersonalDataStore {

    private static final JsonMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final MultiRowInsert KEYS = new MultiRowInsert(
            "customer_data_keys",
            List.of("customer_id", "wrapped_key", "created_at"),
            Types.BIGINT,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE);
    private static final MultiRowInsert CONTACTS = new MultiRowInsert(
            "customer_contacts",
            List.of("customer_id", "email_lookup", "sealed", "updated_at"),
            Types.BIGINT,
            Types.CHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    PersonalDataStore(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The keyed hash a normalised email is looked up by. */
    String emailLookup(String normalisedEmail) {
        return cipher.emailLookup(normalisedEmail);
    }

    /** Seals the details of customers who have none yet, each under a new data key. */
    void insert(Map<Long, CustomerState> states, OffsetDateTime now) {
        List<Object[]> keys = new ArrayList<>(states.size());
        List<Object[]> contacts = new ArrayList<>(states.size());
        states.forEach((customerId, state) -> {
            byte[] dataKey = cipher.newDataKey();
            keys.add(new Object[] {customerId, cipher.wrap(dataKey, customerId), now});
            contacts.add(new Object[] {
                customerId,
                cipher.emailLookup(state.emailNormalised()),
                cipher.seal(dataKey, customerId, json(contact(state, null))),
                now
            });
        });
        KEYS.insert(jdbc, keys);
        CONTACTS.insert(jdbc, contacts);
    }

    /**
     * Folds the states into the customers' sealed details, field by field (a field the state lacks keeps its value),
     * resealed under the customer's data key; customers without a key get a new one.
     */
    void merge(Map<Long, CustomerState> states, OffsetDateTime now) {
        if (states.isEmpty()) {
            return;
        }
        Map<Long, Stored> stored = stored(states.keySet());
        Map<Long, CustomerState> fresh = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        states.forEach((customerId, state) -> {
            Stored current = stored.get(customerId);
            if (current == null) {
                fresh.put(customerId, state);
                return;
            }
            byte[] dataKey = cipher.unwrap(current.wrappedKey(), customerId);
            CustomerDetails.Contact before =
                    current.sealed() == null ? null : read(cipher.open(dataKey, customerId, current.sealed()));
            String lookup = state.emailNormalised() != null
                    ? cipher.emailLookup(state.emailNormalised())
                    : current.emailLookup();
            String sealed = cipher.seal(dataKey, customerId, json(contact(state, before)));
            if (current.sealed() == null) {
                inserts.add(new Object[] {customerId, lookup, sealed, now});
            } else {
                updates.add(new Object[] {lookup, sealed, now, customerId});
            }
        });
        insert(fresh, now);
        CONTACTS.insert(jdbc, inserts);
        jdbc.batchUpdate(
                "update customer_contacts set email_lookup = ?, sealed = ?, updated_at = ? " + "where customer_id = ?",
                updates,
                new int[] {Types.CHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT});
    }

    /** The customer's details, opened; empty when there are none (never given, or erased). */
    Optional<CustomerDetails.Contact> find(long customerId) {
        Stored current = stored(List.of(customerId)).get(customerId);
        if (current == null || current.sealed() == null) {
            return Optional.empty();
        }
        return Optional.of(
                read(cipher.open(cipher.unwrap(current.wrappedKey(), customerId), customerId, current.sealed())));
    }

    /** Deletes the details and the data key that sealed them; answers whether there was a key. */
    boolean erase(long customerId) {
        jdbc.update("delete from customer_contacts where customer_id = ?", customerId);
        return jdbc.update("delete from customer_data_keys where customer_id = ?", customerId) > 0;
    }

    private Map<Long, Stored> stored(java.util.Collection<Long> customerIds) {
        Map<Long, Stored> found = new HashMap<>();
        List<Long> ids = List.copyOf(customerIds);
        jdbc.query(
                "select k.customer_id, k.wrapped_key, c.email_lookup, c.sealed from customer_data_keys k "
                        + "left join customer_contacts c on c.customer_id = k.customer_id where k.customer_id in ("
                        + LedgerQueries.marks(ids) + ")",
                row -> {
                    found.put(row.getLong(1), new Stored(row.getString(2), row.getString(3), row.getString(4)));
                },
                ids.toArray());
        return found;
    }

    /** What is sealed for a customer's first details. */
    static String sealedText(CustomerState state) {
        return json(contact(state, null));
    }

    /** The state's fields where it has them, the earlier details' elsewhere. */
    private static CustomerDetails.Contact contact(CustomerState state, CustomerDetails.Contact before) {
        CustomerDetails.Contact old =
                before != null ? before : new CustomerDetails.Contact(null, null, null, null, null);
        return new CustomerDetails.Contact(
                or(state.email(), old.email()),
                or(state.name(), old.name()),
                or(state.addressLine(), old.addressLine()),
                or(state.city(), old.city()),
                or(state.postalCode(), old.postalCode()));
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static String json(CustomerDetails.Contact contact) {
        try {
            return JSON.writeValueAsString(contact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contact details are plain strings", e);
        }
    }

    private static CustomerDetails.Contact read(String json) {
        try {
            return JSON.readValue(json, CustomerDetails.Contact.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sealed contact details hold the JSON they were sealed from", e);
        }
    }

    private record Stored(String wrappedKey, String emailLookup, String sealed) {}
}
