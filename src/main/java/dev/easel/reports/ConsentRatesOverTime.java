package dev.easel.reports;

import dev.easel.rules.RulesInService;
import dev.easel.rules.facts.Law;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consent-compliance chart: per jurisdiction family, the share of customers with a recorded choice for CLV
 * profiling whose latest choice at the end of each month was to consent. The database gives, per place and month,
 * how many customers changed between consenting and not (from their last choice in the month) and how many made
 * their first choice; the running sums of those are the month-end figures. So the work is one pass over the consent
 * events whatever the number of months, and no per-customer, per-month read. One form for PostgreSQL and H2.
 */
@Component
class ConsentRatesOverTime {

    /** Months drawn: two years ending with the period's last month. */
    static final int MONTHS = 24;

    private static final String MONTH = "(CAST(EXTRACT(YEAR FROM e.captured_at) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM e.captured_at) AS INTEGER) - 1)";
    private static final String NEXT_MONTH = "(CAST(EXTRACT(YEAR FROM l.next_at) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM l.next_at) AS INTEGER) - 1)";

    /**
     * Every window orders a customer's choices as they were made, (captured_at, id), so on PostgreSQL the whole query
     * is one forward read of the index on (customer_key, purpose, captured_at, id) with the status (V220), merged with
     * the customers in key order: no sort. A choice is its month's last when the next one falls in a later month or
     * there is none; the month-end states' differences are the changes. (Partitioning by customer and month instead
     * made PostgreSQL sort the 1.5 million events of a million customers.)
     */
    static final String CHANGES = """
            SELECT j.country, j.region, x.m, SUM(x.delta) AS delta, SUM(x.first_choice) AS first_choices
              FROM (SELECT l.customer_key, l.m,
                           l.given - COALESCE(LAG(l.given) OVER (PARTITION BY l.customer_key
                                                                 ORDER BY l.captured_at, l.id), 0) AS delta,
                           CASE WHEN LAG(l.m) OVER (PARTITION BY l.customer_key ORDER BY l.captured_at, l.id) IS NULL
                                THEN 1 ELSE 0 END AS first_choice
                      FROM (SELECT e.customer_key, e.captured_at, e.id, %s AS m,
                                   CASE WHEN e.status = 'GIVEN' THEN 1 ELSE 0 END AS given,
                                   LEAD(e.captured_at) OVER (PARTITION BY e.customer_key
                                                             ORDER BY e.captured_at, e.id) AS next_at
                              FROM consent_choices e
                             WHERE e.purpose = 'clv-profiling' AND e.captured_at < ?) l
                     WHERE l.next_at IS NULL OR %s <> l.m) x
              JOIN commerce_customer_jurisdictions j ON j.customer_key = x.customer_key
             WHERE x.delta <> 0 OR x.first_choice = 1
             GROUP BY j.country, j.region, x.m""".formatted(MONTH, NEXT_MONTH);

    private final JdbcClient jdbc;
    private final RulesInService rules;

    ConsentRatesOverTime(JdbcClient jdbc, RulesInService rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Rows: families; columns: months ({@code 2026-03}); values: the consenting share at the month's end, 0 to 1. */
    DefaultCategoryDataset monthly(OffsetDateTime asOf) {
        return monthly(asOf, CHANGES);
    }

    /**
     * The same from another query giving the changes (country, region, m, delta, first_choices; one parameter, the
     * end): the benchmark times the former query this way.
     */
    DefaultCategoryDataset monthly(OffsetDateTime asOf, String changes) {
        JurisdictionFamilies families = new JurisdictionFamilies(rules.jurisdictions());
        Map<String, TreeMap<Integer, long[]>> byFamily = new TreeMap<>();
        jdbc.sql(changes).param(asOf).query((RowCallbackHandler) row -> {
            long[] month = byFamily.computeIfAbsent(
                            families.of(row.getString("country"), row.getString("region")), family -> new TreeMap<>())
                    .computeIfAbsent(row.getInt("m"), m -> new long[2]);
            month[0] += row.getLong("delta");
            month[1] += row.getLong("first_choices");
        });
        OffsetDateTime end = asOf.withOffsetSameInstant(ZoneOffset.UTC).minusNanos(1);
        int last = end.getYear() * 12 + end.getMonthValue() - 1;
        int first = last - MONTHS + 1;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        byFamily.forEach((family, months) -> {
            long consenting = 0;
            long asked = 0;
            Map<Integer, Double> shares = new LinkedHashMap<>();
            int month = Math.min(first, months.firstKey());
            for (; month <= last; month++) {
                long[] change = months.get(month);
                if (change != null) {
                    consenting += change[0];
                    asked += change[1];
                }
                if (month >= first && asked > 0) {
                    shares.put(month, (double) consenting / asked);
                }
            }
            shares.forEach((m, share) -> data.addValue(share, family, "%d-%02d".formatted(m / 12, m % 12 + 1)));
        });
        return data;
    }

    /**
     * Groups the laws of the jurisdiction table in service as the policy features do: the EU, EEA and UK; the US
     * states; Canada; Brazil and Switzerland; anywhere else. A row the table adds later under a new code stands on its
     * own until it is given a family here.
     */
    static final class JurisdictionFamilies {

        private final Map<String, String> codeByPlace = new java.util.HashMap<>();

        JurisdictionFamilies(List<Law> laws) {
            laws.forEach(law -> law.appliesTo().forEach(place -> codeByPlace.put(place, law.jurisdiction())));
        }

        /** The family of the law for a place: the region's row, else the country's, else anywhere else. */
        String of(String country, String region) {
            String code = region != null && codeByPlace.containsKey(region)
                    ? codeByPlace.get(region)
                    : codeByPlace.getOrDefault(country, Law.ANYWHERE_ELSE);
            return family(code);
        }

        static String family(String code) {
            if (code.equals("EU") || code.equals("GB")) {
                return "EU, EEA and UK";
            }
            if (code.startsWith("US-")) {
                return "US states";
            }
            if (code.equals("CA") || code.startsWith("CA-")) {
                return "Canada";
            }
            if (code.equals("BR") || code.equals("CH")) {
                return "Brazil and Switzerland";
            }
            return code.equals(Law.ANYWHERE_ELSE) ? "Anywhere else" : code;
        }
    }
}
