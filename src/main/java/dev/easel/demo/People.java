package dev.easel.demo;

import static dev.easel.demo.Distributions.beta;
import static dev.easel.demo.Distributions.chance;
import static dev.easel.demo.Distributions.gamma;
import static dev.easel.demo.Distributions.uniformInt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Draws customers: their type, jurisdiction, age, accounts on one or two channels, and how they buy. Keeps only a
 * counter, so that account ids stay unique however many customers are drawn.
 */
final class People {

    /** Share of people who also shop from a second channel under the same email. */
    static final double SECOND_ACCOUNT_SHARE = 0.05;

    // Individuals: rate Gamma(shape, mean) per year, dropout Beta(a, b). The low shape makes a few keen painters
    // and many occasional buyers; tuned so that a customer places about ten orders in two years on average, while a
    // third of them buy only once.
    private static final double RATE_SHAPE = 0.25;
    private static final double RATE_MEAN = 32;
    private static final double DROPOUT_A = 0.7;
    private static final double DROPOUT_B = 6;
    private static final double EXISTING_CUSTOMER_SHARE = 0.35;
    private static final long EXISTING_CUSTOMERS_RETURN_WITHIN = 120 * Timestamps.SECONDS_PER_DAY;
    private static final Weighted<CustomerType> TYPES =
            Weighted.of(List.of(CustomerType.INDIVIDUAL, CustomerType.SCHOOL, CustomerType.ORGANISATION), 94, 4, 2);
    private static final Weighted<Jurisdiction> JURISDICTIONS = Weighted.of(Jurisdiction.ALL, Jurisdiction::share);
    private static final Weighted<Channel> INDIVIDUAL_CHANNELS =
            Weighted.of(List.of(Channel.values()), 48, 20, 17, 10, 5);
    private static final Weighted<Channel> SCHOOL_CHANNELS = Weighted.of(List.of(Channel.WEB, Channel.STORE), 8, 2);
    private static final Weighted<Channel> ORGANISATION_CHANNELS =
            Weighted.of(List.of(Channel.WEB, Channel.SHOPIFY), 7, 3);
    private static final List<Channel> SECOND_CHANNELS =
            List.of(Channel.WEB, Channel.APP, Channel.SHOPIFY, Channel.STORE);

    private final DemoWindow window;
    private final Seasonality seasonality;
    private long nextAccount = 1;

    People(DemoWindow window, Seasonality seasonality) {
        this.window = window;
        this.seasonality = seasonality;
    }

    Person next(long number, RandomGenerator random) {
        CustomerType type = TYPES.pick(random);
        Jurisdiction jurisdiction = JURISDICTIONS.pick(random);
        String name = switch (type) {
            case INDIVIDUAL -> Names.person(random);
            case SCHOOL -> Names.school(random);
            case ORGANISATION -> Names.organisation(random);
        };
        String email = Names.email(name, number);
        List<Identity> identities = new ArrayList<>(2);
        Channel home = switch (type) {
            case INDIVIDUAL -> INDIVIDUAL_CHANNELS.pick(random);
            case SCHOOL -> SCHOOL_CHANNELS.pick(random);
            case ORGANISATION -> ORGANISATION_CHANNELS.pick(random);
        };
        identities.add(new Identity(home.customerId(nextAccount++), home, email));
        if (type == CustomerType.INDIVIDUAL && chance(random, SECOND_ACCOUNT_SHARE)) {
            Channel second;
            do {
                second = SECOND_CHANNELS.get(random.nextInt(SECOND_CHANNELS.size()));
            } while (second == home);
            // Half of them typed their address differently: the merge compares normalised emails.
            String typed = chance(random, 0.5) ? email.toUpperCase(Locale.ROOT) : email;
            identities.add(new Identity(second.customerId(nextAccount++), second, typed));
        }
        long firstSeen = type == CustomerType.SCHOOL ? schoolYearStart(random) : firstOrder(random);
        return new Person(
                number,
                type,
                jurisdiction,
                birthYear(type, random),
                name,
                List.copyOf(identities),
                buying(type, random),
                firstSeen);
    }

    // Most individuals buy rarely and leave soon; a long tail of keen painters buys every few weeks.
    private static Buying buying(CustomerType type, RandomGenerator random) {
        return switch (type) {
            case INDIVIDUAL ->
                new Buying(
                        gamma(random, RATE_SHAPE, RATE_MEAN / RATE_SHAPE) + 0.3,
                        beta(random, DROPOUT_A, DROPOUT_B),
                        gamma(random, 3.0, 15.0));
            case SCHOOL -> new Buying(gamma(random, 2.0, 1.0), beta(random, 2.0, 5.0), gamma(random, 3.0, 30.0));
            case ORGANISATION -> new Buying(gamma(random, 2.0, 0.75), beta(random, 2.0, 4.0), gamma(random, 3.0, 25.0));
        };
    }

    // About one in twelve gives no birth year; a few are under 16, which the consent rules must catch.
    private Integer birthYear(CustomerType type, RandomGenerator random) {
        if (type != CustomerType.INDIVIDUAL || chance(random, 0.08)) {
            return null;
        }
        int year = window.lastDay().getYear();
        if (chance(random, 0.03)) {
            return year - uniformInt(random, 10, 15);
        }
        return year - uniformInt(random, 16, 24) - (chance(random, 0.7) ? uniformInt(random, 0, 50) : 0);
    }

    // Customers who already bought before the window show up early in it; the rest arrive over the two years.
    private long firstOrder(RandomGenerator random) {
        long to = chance(random, EXISTING_CUSTOMER_SHARE)
                ? Math.min(window.end(), window.start() + EXISTING_CUSTOMERS_RETURN_WITHIN)
                : window.end();
        return seasonality.sample(random, window.start(), to);
    }

    // Schools first buy as a school year starts: late August to late September.
    private long schoolYearStart(RandomGenerator random) {
        List<long[]> terms = new ArrayList<>();
        for (int year = window.firstDay().getYear(); year <= window.lastDay().getYear(); year++) {
            long from = Math.max(window.start(), Timestamps.startOf(LocalDate.of(year, 8, 20)));
            long to = Math.min(window.end(), Timestamps.startOf(LocalDate.of(year, 9, 25)));
            if (to > from) {
                terms.add(new long[] {from, to});
            }
        }
        if (terms.isEmpty()) {
            return seasonality.sample(random, window.start(), window.end());
        }
        long[] term = terms.get(random.nextInt(terms.size()));
        return term[0] + (long) (random.nextDouble() * (term[1] - term[0]));
    }
}
