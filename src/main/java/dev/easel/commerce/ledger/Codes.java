package dev.easel.commerce.ledger;

import dev.easel.shared.FieldProblems;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed vocabularies of the ledger, mirrored by CHECK constraints in the schema. */
final class Codes {

    static final Set<String> CHANNELS = Set.of("WEB", "APP", "SHOPIFY", "STORE", "MARKETPLACE");
    static final Set<String> CUSTOMER_TYPES = Set.of("INDIVIDUAL", "SCHOOL", "ORGANISATION");
    static final Set<String> CATEGORIES = Set.of("PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS", "OTHER");
    static final Set<String> REFUND_TYPES = Set.of("REFUND", "RETURN", "EXCHANGE", "CANCELLATION");
    static final Set<String> PARTIES = Set.of("FIRST_PARTY", "THIRD_PARTY");
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private Codes() {}

    static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** Country must be ISO 3166-1 alpha-2; region, where given, an ISO 3166-2 code inside that country. */
    static void jurisdiction(String country, String region, FieldProblems violations) {
        if (violations.required(country, "country") && !COUNTRIES.contains(country)) {
            violations.add("country", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE, GB, US");
        }
        if (region != null && !region.isEmpty()) {
            if (!REGION.matcher(region).matches()) {
                violations.add("region", "must be an ISO 3166-2 code, e.g. US-CA");
            } else if (country != null && !region.startsWith(country + "-")) {
                violations.add("region", "must lie in the country " + country);
            }
        }
    }
}
