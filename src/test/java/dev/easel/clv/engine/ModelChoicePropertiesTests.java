package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.model.ModelChoice.SeasonPolicy;
import dev.easel.clv.model.ModelChoice.SeasonSource;
import dev.easel.clv.model.SeasonalProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelChoicePropertiesTests {

    private static final SeasonalProfile CALENDAR = SeasonalProfile.flat();

    private static ModelChoiceProperties configured(SeasonSource season) {
        return new ModelChoiceProperties(3, 90, season, Path.of("model/season.csv"));
    }

    @Test
    void theDefaultWeighsADeclaredSeasonAgainstOneEstimatedFromTheHistory() {
        SeasonPolicy policy = configured(SeasonSource.ESTIMATED).seasonPolicy(CALENDAR);

        assertThat(policy.source()).isEqualTo(SeasonSource.DECLARED);
        assertThat(policy.declared()).isSameAs(CALENDAR);
        assertThat(policy.contest()).isTrue();
    }

    @Test
    void theDefaultEstimatesTheSeasonWhenNoneIsDeclared() {
        assertThat(configured(SeasonSource.ESTIMATED).seasonPolicy(null)).isEqualTo(SeasonPolicy.estimate());
    }

    @Test
    void anAnalystWhoConfiguresTheDeclaredSeasonGetsItWithoutAContest() {
        SeasonPolicy policy = configured(SeasonSource.DECLARED).seasonPolicy(CALENDAR);

        assertThat(policy.source()).isEqualTo(SeasonSource.DECLARED);
        assertThat(policy.declared()).isSameAs(CALENDAR);
        assertThat(policy.contest()).isFalse();
    }

    @Test
    void aDeclaredSeasonThatCannotBeReadMeansNoSeasonRatherThanAnEstimatedOne() {
        assertThat(configured(SeasonSource.DECLARED).seasonPolicy(null)).isEqualTo(SeasonPolicy.none());
    }

    @Test
    void noSeasonMeansNoneEvenWithACalendarAtHand() {
        assertThat(configured(SeasonSource.NOT_USED).seasonPolicy(CALENDAR)).isEqualTo(SeasonPolicy.none());
    }
}
