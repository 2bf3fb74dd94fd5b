package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.CustomerRequest;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Customers, their source ids and their personal data, written a chunk at a time. */
@Repository
class CustomerStore {

    private static final MultiRowInsert CUSTOMERS = new MultiRowInsert(
            "customers",
            List.of("customer_key", "customer_type", "country", "region", "birth_year", "created_at", "updated_at"),
            Types.VARCHAR,
            Types.VARCHAR,
            Types.CHAR,
            Types.VARCHAR,
            Types.SMALLINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE);
    private static final MultiRowInsert SOURCE_IDS = new MultiRowInsert(
            "customer_source_ids",
            List.of("source_id", "customer_id", "channel", "first_seen_at"),
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE);
    /** What an erased customer's channel ids become: never the id of a live customer. */
    static final String ERASED_SOURCE_ID_PREFIX = "erased-";

    private static final char[] KEY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final JdbcTemplate jdbc;
    private final LedgerQueries queries;
    private final PersonalDataStore personalData;
    private final SecureRandom random = new SecureRandom();

    CustomerStore(JdbcTemplate jdbc, LedgerQueries queries, PersonalDataStore personalData) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.personalData = personalData;
    }

    /** Decides identities for a chunk of valid requests against what the database knows. */
    List<IdentityMerge.Decision> decide(List<CustomerRequest> requests) {
        Set<String> sourceIds = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        for (CustomerRequest request : requests) {
            sourceIds.add(request.customerId());
            String email = CustomerRules.normaliseEmail(request.email());
            if (email != null) {
                emails.add(email);
            }
        }
        Map<String, String> emailsByLookup = new HashMap<>();
        for (String email : emails) {
            emailsByLookup.put(personalData.emailLookup(email), email);
        }
        Map<String, CustomerRef> byEmail = new HashMap<>();
        queries.customersByEmailLookups(emailsByLookup.keySet())
                .forEach((lookup, customer) -> byEmail.put(emailsByLookup.get(lookup), customer));
        return IdentityMerge.decide(requests, queries.customersBySourceIds(sourceIds), byEmail, this::newKey);
    }

    /** Writes the decisions that are not conflicts. */
    void write(List<IdentityMerge.Decision> decisions) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<IdentityMerge.Target> fresh = new LinkedHashSet<>();
        Set<IdentityMerge.Target> known = new LinkedHashSet<>();
        for (IdentityMerge.Decision decision : decisions) {
            if (!decision.conflict()) {
                (decision.target().known() == null ? fresh : known).add(decision.target());
            }
        }
        Map<String, Long> freshIds = insertFresh(fresh, now);
        updateKnown(known, now);
        List<Object[]> links = new ArrayList<>();
        for (IdentityMerge.Decision decision : decisions) {
            if (!decision.conflict() && decision.newSourceId()) {
                IdentityMerge.Target target = decision.target();
                long id = target.known() != null ? target.known().id() : freshIds.get(target.key());
                links.add(new Object[] {
                    decision.request().customerId(),
                    id,
                    CustomerRules.blankToNull(decision.request().channel()),
                    now
                });
            }
        }
        SOURCE_IDS.insert(jdbc, links);
    }

    Optional<CustomerDetails> find(String customerKey) {
        List<CustomerDetails> found = jdbc.query(
                "select c.id, c.customer_key, c.customer_type, c.country, c.region, "
                        + "c.birth_year, c.created_at, c.updated_at from customers c where c.customer_key = ?",
                (row, n) -> new CustomerDetails(
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        (Integer) row.getObject(6, Integer.class),
                        personalData
                                .find(row.getLong(1))
                                .orElse(new CustomerDetails.Contact(null, null, null, null, null)),
                        sourceIds(row.getLong(1)),
                        instant(row.getObject(7, OffsetDateTime.class)),
                        instant(row.getObject(8, OffsetDateTime.class))),
                customerKey);
        return found.stream().findFirst();
    }

    /**
     * Deletes the contact details with the data key that sealed them (crypto-shredding: docs/erasure.md) and
     * replaces the channels' ids of the customer, which some channels make of an email address, by random ones; the
     * pseudonymous customer row and its orders stay.
     */
    boolean erasePersonalData(String customerKey) {
        List<String> sourceIds = jdbc.queryForList(
                "select s.source_id from customer_source_ids s "
                        + "join customers c on c.id = s.customer_id where c.customer_key = ?",
                String.class,
                customerKey);
        for (String sourceId : sourceIds) {
            jdbc.update(
                    "update customer_source_ids set source_id = ? where source_id = ?",
                    ERASED_SOURCE_ID_PREFIX + UUID.randomUUID(),
                    sourceId);
        }
        List<Long> ids = jdbc.queryForList("select id from customers where customer_key = ?", Long.class, customerKey);
        return !ids.isEmpty() && personalData.erase(ids.get(0));
    }

    private List<CustomerDetails.SourceId> sourceIds(long customerId) {
        return jdbc.query(
                "select source_id, channel, first_seen_at from customer_source_ids where customer_id = ? "
                        + "order by first_seen_at, source_id",
                (row, n) -> new CustomerDetails.SourceId(
                        row.getString(1), row.getString(2), instant(row.getObject(3, OffsetDateTime.class))),
                customerId);
    }

    private Map<String, Long> insertFresh(Set<IdentityMerge.Target> fresh, OffsetDateTime now) {
        Map<String, Long> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        List<Object[]> customers = new ArrayList<>(fresh.size());
        for (IdentityMerge.Target target : fresh) {
            CustomerState state = target.state();
            customers.add(new Object[] {
                target.key(), state.type(), state.country(), state.region(), state.birthYear(), now, now
            });
        }
        CUSTOMERS.insert(jdbc, customers);
        List<String> keys = fresh.stream().map(IdentityMerge.Target::key).toList();
        jdbc.query(
                "select customer_key, id from customers where customer_key in (" + LedgerQueries.marks(keys) + ")",
                row -> {
                    ids.put(row.getString(1), row.getLong(2));
                },
                keys.toArray());
        Map<Long, CustomerState> personal = new LinkedHashMap<>();
        for (IdentityMerge.Target target : fresh) {
            personal.put(ids.get(target.key()), target.state());
        }
        personalData.insert(personal, now);
        return ids;
    }

    private void updateKnown(Set<IdentityMerge.Target> known, OffsetDateTime now) {
        if (known.isEmpty()) {
            return;
        }
        List<Object[]> customers = new ArrayList<>(known.size());
        Map<Long, CustomerState> personal = new LinkedHashMap<>();
        for (IdentityMerge.Target target : known) {
            CustomerState state = target.state();
            long id = target.known().id();
            customers.add(new Object[] {state.type(), state.country(), state.region(), state.birthYear(), now, id});
            personal.put(id, state);
        }
        jdbc.batchUpdate(
                "update customers set customer_type = ?, country = ?, region = coalesce(?, region), "
                        + "birth_year = coalesce(?, birth_year), updated_at = ? where id = ?",
                customers,
                new int[] {
                    Types.VARCHAR,
                    Types.CHAR,
                    Types.VARCHAR,
                    Types.SMALLINT,
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    Types.BIGINT
                });
        personalData.merge(personal, now);
    }

    /** 128 random bits in Crockford-style base 32: pseudonymous, and derived from nothing about the person. */
    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        StringBuilder key = new StringBuilder("cus_");
        long bits = 0;
        int available = 0;
        for (byte b : bytes) {
            bits = (bits << 8) | (b & 0xff);
            available += 8;
            while (available >= 5) {
                available -= 5;
                key.append(KEY_ALPHABET[(int) (bits >>> available) & 31]);
            }
        }
        if (available > 0) {
            key.append(KEY_ALPHABET[(int) (bits << (5 - available)) & 31]);
        }
        return key.toString();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** A row lock in the caller's transaction (see {@code Customers.holdForDecision}). */
    void lockForDecision(String customerKey) {
        jdbc.query("SELECT id FROM customers WHERE customer_key = ? FOR UPDATE", (rs, n) -> rs.getLong(1), customerKey);
    }
}
