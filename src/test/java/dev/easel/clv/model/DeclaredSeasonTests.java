package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The season an analyst declares: validation with file and line, the monthly profile and the version. */
class DeclaredSeasonTests {

    @Test
    void readsMonthsRangesAndDaysIntoAMonthlyProfileAveragingOne() {
        DeclaredSeason season = parse("""
                when, intensity
                # back to school and the holiday quarter
                Jan-Feb, 0.5
                September, 1.5
                10, 2
                11-20..11-30, 3    # the week of the big sale
                """);

        double[] monthly = season.profile().monthly();
        assertThat(season.profile().source()).isEqualTo(SeasonalProfile.Source.DECLARED);
        assertThat(season.periods()).hasSize(4);
        assertThat(monthly[0] / monthly[2]).isCloseTo(0.5, within(1e-12));
        assertThat(monthly[8] / monthly[2]).isCloseTo(1.5, within(1e-12));
        assertThat(monthly[9] / monthly[2]).isCloseTo(2.0, within(1e-12));
        // November: 19 days at 1 and 11 at 3.
        assertThat(monthly[10] / monthly[2]).isCloseTo((19 + 33) / 30.0, within(1e-12));
        double days = 0;
        for (int m = 0; m < 12; m++) {
            days += monthly[m] * java.time.Month.of(m + 1).length(false);
        }
        assertThat(days).isCloseTo(365, within(1e-9));
    }

    @Test
    void isVersionedByTheContentOfTheFile() {
        DeclaredSeason one = parse("Dec, 2\n");
        DeclaredSeason same = parse("Dec, 2\n");
        DeclaredSeason other = parse("Dec, 2.5\n");

        assertThat(one.version()).startsWith("season-").hasSize(19).isEqualTo(same.version());
        assertThat(other.version()).isNotEqualTo(one.version());
    }

    @Test
    void namesEveryBadLineWithFileAndLine() {
        assertThatThrownBy(() -> parse("""
                Jan, 0.8
                Sepember, 1.5
                Oct, -1
                Nov
                Dec-Jan, 2
                13, 1
                02-30..03-01, 1
                """))
                .isInstanceOfSatisfying(
                        DeclaredSeason.Invalid.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "season.csv:2: 'Sepember' is not a month or a period: write a month (Sep, September or 9), a"
                                                + " range of months (Sep-Dec) or a range of days (08-15..09-10)",
                                        "season.csv:3: intensity '-1' must be a positive number (1 is an ordinary day, 2 twice as"
                                                + " busy)",
                                        "season.csv:4: expected 'when, intensity' (two fields), found 1 field",
                                        "season.csv:5: 'Dec-Jan' overlaps the period declared on line 1",
                                        "season.csv:6: '13' is not a month or a period: write a month (Sep, September or 9), a range"
                                                + " of months (Sep-Dec) or a range of days (08-15..09-10)",
                                        "season.csv:7: '02-30..03-01' is not a month or a period: write a month (Sep, September or 9),"
                                                + " a range of months (Sep-Dec) or a range of days (08-15..09-10)"));
    }

    @Test
    void anEmptyFileDeclaresNothingAndSaysSo() {
        assertThatThrownBy(() -> parse("# nothing yet\n\n"))
                .isInstanceOf(DeclaredSeason.Invalid.class)
                .hasMessage("season.csv:1: the file declares no period: write one line per period, e.g."
                        + " 'Oct-Dec, 1.8'");
        assertThatThrownBy(() -> parse("Oct, abc\n"))
                .hasMessage("season.csv:1: intensity 'abc' must be a positive"
                        + " number (1 is an ordinary day, 2 twice as busy)");
    }

    private static DeclaredSeason parse(String text) {
        return DeclaredSeason.parse("season.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
