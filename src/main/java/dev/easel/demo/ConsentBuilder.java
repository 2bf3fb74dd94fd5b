package dev.easel.demo;

import static dev.easel.demo.Distributions.chance;
import static dev.easel.demo.Distributions.uniformInt;

import dev.easel.demo.Jurisdiction.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Each customer's consent history per purpose, with the stories a consent gate must handle: given, renewed after a
 * year or not, withdrawn, objected to (GDPR), opted out (CCPA), a Global Privacy Control signal, or no record at all.
 * Americans (Californians most) and Canadians opt out and send GPC far more often; Europeans, Swiss and Brazilians
 * object.
 */
final class ConsentBuilder {

    static final String PROFILING = "clv-profiling";
    static final String MARKETING = "marketing-sync";

    private enum Story {
        GIVEN,
        RENEWED,
        WITHDRAWN,
        OBJECTED,
        OPTED_OUT,
        GPC,
        NONE
    }

    private static final List<Story> STORIES = List.of(Story.values());
    private static final Map<Regime, Weighted<Story>> PROFILING_STORIES = Map.of(
            Regime.EU, Weighted.of(STORIES, 55, 12, 9, 7, 0, 1, 16),
            Regime.UK, Weighted.of(STORIES, 55, 12, 9, 7, 0, 1, 16),
            Regime.CALIFORNIA, Weighted.of(STORIES, 42, 8, 6, 0, 14, 12, 18),
            Regime.US_STATE_LAW, Weighted.of(STORIES, 48, 9, 7, 0, 10, 9, 17),
            Regime.US_OTHER, Weighted.of(STORIES, 55, 10, 7, 0, 5, 5, 18),
            Regime.CANADA, Weighted.of(STORIES, 52, 10, 9, 0, 7, 3, 19),
            Regime.LEGITIMATE_INTEREST, Weighted.of(STORIES, 56, 10, 8, 7, 0, 2, 17),
            Regime.OTHER, Weighted.of(STORIES, 60, 10, 8, 0, 0, 0, 22));
    private static final java.util.Set<Regime> OPT_OUT_REGIMES =
            java.util.EnumSet.of(Regime.CALIFORNIA, Regime.US_STATE_LAW, Regime.US_OTHER, Regime.CANADA);
    private static final long DAY = Timestamps.SECONDS_PER_DAY;

    private static final String PROFILING_CONSENT = "I agree that Easel analyses my orders, returns and visits "
            + "to estimate my customer value and tailor offers to me.";
    private static final String PROFILING_INTEREST = "Easel analyses orders to estimate customer value, based on "
            + "its legitimate interest; you may object at any time.";
    private static final String PROFILING_CONTRACT =
            "Order history is analysed to manage the account under the " + "customer agreement.";
    private static final String MARKETING_CONSENT =
            "Send my profile to Easel's email service, so that I receive " + "offers that fit what I buy.";
    private static final String MARKETING_INTEREST = "Easel shares order summaries with its email service to "
            + "send relevant offers; you may opt out at any time.";
    private static final String WITHDRAWAL = "Consent withdrawn in the privacy centre.";
    private static final String OBJECTION = "I object to the analysis of my orders for customer value estimates.";
    private static final String OPT_OUT = "Do not sell or share my personal information.";
    private static final String GPC_SIGNAL = "Browser sent a Global Privacy Control signal (Sec-GPC: 1).";

    private final long windowEnd;

    ConsentBuilder(DemoWindow window) {
        this.windowEnd = window.end();
    }

    List<DemoConsent> consents(Person person, RandomGenerator random) {
        List<DemoConsent> events = new ArrayList<>(4);
        Identity primary = person.primary();
        long signedUp = person.firstSeen() - uniformInt(random, 30, 900);
        if (person.type() != CustomerType.INDIVIDUAL) {
            if (chance(random, 0.9)) {
                events.add(event(
                        primary, PROFILING, "GIVEN", "CONTRACT", signedUp, source(primary), PROFILING_CONTRACT, false));
            }
            if (chance(random, 0.5)) {
                events.add(event(
                        primary,
                        MARKETING,
                        "GIVEN",
                        "LEGITIMATE_INTEREST",
                        signedUp,
                        source(primary),
                        MARKETING_INTEREST,
                        false));
            }
            return events;
        }
        Story story = PROFILING_STORIES.get(person.jurisdiction().regime()).pick(random);
        profiling(story, primary, signedUp, events, random);
        // Someone with two accounts often agreed to marketing on the other one: the merge must bring it over.
        Identity marketingAccount = person.identities().get(person.identities().size() - 1);
        marketing(story, marketingAccount, signedUp, person.jurisdiction().regime(), events, random);
        return events;
    }

    private void profiling(Story story, Identity who, long signedUp, List<DemoConsent> events, RandomGenerator random) {
        switch (story) {
            case GIVEN ->
                events.add(event(who, PROFILING, "GIVEN", "CONSENT", signedUp, source(who), PROFILING_CONSENT, false));
            case RENEWED -> {
                events.add(event(who, PROFILING, "GIVEN", "CONSENT", signedUp, source(who), PROFILING_CONSENT, false));
                long renewed = signedUp + uniformInt(random, 330, 400) * DAY;
                if (renewed < windowEnd) {
                    events.add(event(
                            who, PROFILING, "GIVEN", "CONSENT", renewed, "renewal-email", PROFILING_CONSENT, false));
                }
            }
            case WITHDRAWN -> {
                events.add(event(who, PROFILING, "GIVEN", "CONSENT", signedUp, source(who), PROFILING_CONSENT, false));
                events.add(event(
                        who,
                        PROFILING,
                        "WITHDRAWN",
                        "CONSENT",
                        later(signedUp, random),
                        "privacy-centre",
                        WITHDRAWAL,
                        false));
            }
            case OBJECTED -> {
                events.add(event(
                        who,
                        PROFILING,
                        "GIVEN",
                        "LEGITIMATE_INTEREST",
                        signedUp,
                        "privacy-notice",
                        PROFILING_INTEREST,
                        false));
                events.add(event(
                        who,
                        PROFILING,
                        "OBJECTED",
                        "LEGITIMATE_INTEREST",
                        later(signedUp, random),
                        "privacy-centre",
                        OBJECTION,
                        false));
            }
            case OPTED_OUT -> {
                events.add(event(
                        who,
                        PROFILING,
                        "GIVEN",
                        "LEGITIMATE_INTEREST",
                        signedUp,
                        "privacy-notice",
                        PROFILING_INTEREST,
                        false));
                events.add(event(
                        who,
                        PROFILING,
                        "OPTED_OUT",
                        "LEGITIMATE_INTEREST",
                        later(signedUp, random),
                        "privacy-centre",
                        OPT_OUT,
                        false));
            }
            case GPC ->
                events.add(event(
                        who, PROFILING, "OPTED_OUT", "LEGITIMATE_INTEREST", signedUp, "gpc-header", GPC_SIGNAL, true));
            case NONE -> {
                // No record: the consent gate must treat silence as no consent.
            }
            default -> throw new IllegalStateException(story.name());
        }
    }

    private void marketing(
            Story story, Identity who, long signedUp, Regime regime, List<DemoConsent> events, RandomGenerator random) {
        if (story == Story.GPC) {
            events.add(event(
                    who, MARKETING, "OPTED_OUT", "LEGITIMATE_INTEREST", signedUp, "gpc-header", GPC_SIGNAL, true));
            return;
        }
        double draw = random.nextDouble();
        if (draw < 0.45) {
            events.add(event(who, MARKETING, "GIVEN", "CONSENT", signedUp, source(who), MARKETING_CONSENT, false));
        } else if (draw < 0.60) {
            events.add(event(who, MARKETING, "GIVEN", "CONSENT", signedUp, source(who), MARKETING_CONSENT, false));
            events.add(event(
                    who,
                    MARKETING,
                    "WITHDRAWN",
                    "CONSENT",
                    later(signedUp, random),
                    "email-unsubscribe",
                    WITHDRAWAL,
                    false));
        } else if (draw < 0.66 && OPT_OUT_REGIMES.contains(regime)) {
            events.add(event(
                    who,
                    MARKETING,
                    "OPTED_OUT",
                    "LEGITIMATE_INTEREST",
                    later(signedUp, random),
                    "privacy-centre",
                    OPT_OUT,
                    false));
        }
    }

    // Some moment between sign-up and the window's end.
    private long later(long from, RandomGenerator random) {
        long start = from + 60;
        long at = start + (long) (random.nextDouble() * Math.max(1, windowEnd - 1 - start));
        return Math.min(at, windowEnd - 1);
    }

    private static DemoConsent event(
            Identity who,
            String purpose,
            String status,
            String basis,
            long at,
            String source,
            String wording,
            boolean gpc) {
        return new DemoConsent(who.customerId(), purpose, status, basis, at, source, policyVersion(at), wording, gpc);
    }

    // Policies are revised twice a year.
    private static String policyVersion(long at) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(at, DAY));
        return date.getYear() + "." + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    private static String source(Identity who) {
        return switch (who.channel()) {
            case WEB -> "web-checkout";
            case APP -> "app-onboarding";
            case SHOPIFY -> "shopify-checkout";
            case STORE -> "store-signup";
            case MARKETPLACE -> "marketplace-checkout";
        };
    }
}
