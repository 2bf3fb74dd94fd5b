package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The season's operational clock, and scoring on it, as the service does for BG/NBD in operational time. */
class OperationalTimeTests {

    private static final SeasonalProfile GIFT_SHOP = new SeasonalProfile(
            new double[] {0.7, 0.7, 0.8, 0.9, 0.9, 0.8, 0.8, 0.9, 1.1, 1.3, 1.6, 1.9}, SeasonalProfile.Source.DECLARED);
    private static final BgNbdModel PURCHASES = new BgNbdModel(0.6, 25.0, 0.8, 4.0);
    private static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);

    @Test
    void operationalDaysAddUpTheDailyIntensitiesAcrossLeapYears() {
        LocalDate from = LocalDate.of(2023, 2, 17);
        LocalDate to = LocalDate.of(2026, 3, 2);
        double[] clock = GIFT_SHOP.clock(from.toEpochDay(), to.toEpochDay());

        assertThat(GIFT_SHOP.operationalDays(from, to)).isCloseTo(clock[clock.length - 1], within(1e-9));
        assertThat(GIFT_SHOP.operationalDays(to, from)).isCloseTo(-clock[clock.length - 1], within(1e-9));
        // A year that is not a leap year holds 365 operational days, whatever the season.
        assertThat(GIFT_SHOP.operationalDays(LocalDate.of(2025, 4, 9), LocalDate.of(2026, 4, 9)))
                .isCloseTo(365.0, within(1e-9));
    }

    @Test
    void theSeasonsClockRunsFastInTheGiftSeasonAndTheInverseFindsTheCalendarDayAgain() {
        LocalDate november = LocalDate.of(2025, 11, 1);
        LocalDate may = LocalDate.of(2025, 5, 1);

        assertThat(GIFT_SHOP.operationalDaysAfter(november, 30)).isGreaterThan(40);
        assertThat(GIFT_SHOP.operationalDaysAfter(may, 30)).isLessThan(30);
        for (double days : new double[] {0.5, 12.25, 30.44, 365.25, 1000.7}) {
            double operational = GIFT_SHOP.operationalDaysAfter(november, days);
            assertThat(GIFT_SHOP.calendarDaysAfter(november, operational)).isCloseTo(days, within(1e-6));
        }
    }

    @Test
    void aFlatSeasonScoresExactlyAsPlainBgNbd() {
        SeasonalProfile flat = SeasonalProfile.flat();
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        int[] x = {0, 2, 7};
        LocalDate[] first = {LocalDate.of(2025, 6, 1), LocalDate.of(2024, 3, 3), LocalDate.of(2023, 1, 20)};
        LocalDate[] last = {first[0], LocalDate.of(2025, 1, 9), LocalDate.of(2025, 9, 2)};
        ScoringOptions options = ScoringOptions.defaults(ModelTimeUnit.DAYS);
        RfmTable calendar = RfmTable.of(
                x,
                new double[] {
                    0, last[1].toEpochDay() - first[1].toEpochDay(), last[2].toEpochDay() - first[2].toEpochDay()
                },
                new double[] {
                    asOf.toEpochDay() - first[0].toEpochDay(),
                    asOf.toEpochDay() - first[1].toEpochDay(),
                    asOf.toEpochDay() - first[2].toEpochDay()
                });

        Scores plain = ClvScorer.score(PURCHASES, SPEND, calendar, new double[] {0, 30, 40}, options);
        Scores onTheClock = ClvScorer.score(
                PURCHASES,
                SPEND,
                OperationalTime.table(flat, x, first, last, asOf, ModelTimeUnit.DAYS),
                new double[] {0, 30, 40},
                options,
                OperationalTime.monthEnds(flat, asOf, options, ModelTimeUnit.DAYS));

        for (int i = 0; i < x.length; i++) {
            assertThat(onTheClock.expectedTransactions()[i])
                    .isCloseTo(plain.expectedTransactions()[i], withinPercentage(1e-9));
            assertThat(onTheClock.predictedClv()[i]).isCloseTo(plain.predictedClv()[i], withinPercentage(1e-9));
        }
    }

    @Test
    void theSeasonRaisesAQuarterBeforeThePeakAndLowersAQuarterInSpring() {
        int[] x = {3};
        LocalDate[] first = {LocalDate.of(2024, 1, 10)};
        LocalDate[] last = {LocalDate.of(2025, 4, 2)};
        ScoringOptions quarter = new ScoringOptions(3, 0.01, 1.0, ModelTimeUnit.DAYS.perMonth());
        LocalDate autumn = LocalDate.of(2025, 9, 30);
        LocalDate spring = LocalDate.of(2025, 2, 28);

        LocalDate[] lastBeforeSpring = {LocalDate.of(2024, 12, 2)};

        assertThat(expected(GIFT_SHOP, x, first, last, autumn, quarter))
                .isGreaterThan(1.2 * expected(SeasonalProfile.flat(), x, first, last, autumn, quarter));
        assertThat(expected(GIFT_SHOP, x, first, lastBeforeSpring, spring, quarter))
                .isLessThan(0.95 * expected(SeasonalProfile.flat(), x, first, lastBeforeSpring, spring, quarter));
    }

    @Test
    void paretoNbdScoresThroughItsOwnClosedFormsMonthByMonth() {
        ParetoNbdModel pareto = new ParetoNbdModel(0.55, 10.58, 0.61, 11.67);
        RfmTable table = RfmTable.of(new int[] {0, 2, 6}, new double[] {0, 20, 30}, new double[] {38, 38, 38});
        ScoringOptions options = ScoringOptions.defaults(ModelTimeUnit.WEEKS);

        Scores scores =
                ClvScorer.score(pareto, SPEND, table, new double[] {0, 30, 40}, options, ClvScorer.monthEnds(options));

        for (int i = 0; i < table.size(); i++) {
            assertThat(scores.expectedTransactions()[i])
                    .isCloseTo(
                            pareto.conditionalExpectedTransactions(
                                    options.horizon(), table.x(i), table.recency(i), table.age(i)),
                            withinPercentage(1e-9));
            assertThat(scores.probabilityAlive()[i])
                    .isEqualTo(pareto.probabilityAlive(table.x(i), table.recency(i), table.age(i)));
            assertThat(scores.timeToNextPurchase()[i]).isEqualTo(pareto.expectedTimeToNextPurchase(table.x(i), 38));
        }
    }

    private static double expected(
            SeasonalProfile season, int[] x, LocalDate[] first, LocalDate[] last, LocalDate asOf, ScoringOptions o) {
        return ClvScorer.score(
                        PURCHASES,
                        null,
                        OperationalTime.table(season, x, first, last, asOf, ModelTimeUnit.DAYS),
                        new double[] {0},
                        o,
                        OperationalTime.monthEnds(season, asOf, o, ModelTimeUnit.DAYS))
                .expectedTransactions()[0];
    }
}
