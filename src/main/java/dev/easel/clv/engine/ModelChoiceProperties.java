package dev.easel.clv.engine;

import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.SeasonalProfile;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a fit chooses its model (docs/clv-engine.md, "Model choice").
 *
 * @param origins     rolling origins, a month apart, at which BG/NBD, Pareto/NBD and the seasonal variant are
 *                    compared on the holdout; 0 compares nothing and keeps plain BG/NBD
 * @param holdoutDays length of each origin's holdout
 * @param season      ESTIMATED: from the ledger when it spans a year, weighed at the origins against the declared
 *                    season where {@code seasonFile} has one; DECLARED: the declared season only; NOT_USED: none
 * @param seasonFile  the analyst's season file (lines "when, intensity"), read at each fit; where the default
 *                    {@code model/season.csv} is absent, the copy packaged in the jar
 */
@ConfigurationProperties("easel.clv.model-choice")
public record ModelChoiceProperties(
        @DefaultValue("3") int origins,
        @DefaultValue("90") int holdoutDays,
        @DefaultValue("ESTIMATED") ModelChoice.SeasonSource season,
        @DefaultValue("model/season.csv") Path seasonFile) {

    public ModelChoiceProperties {
        if (origins < 0 || origins > 12 || holdoutDays < 7) {
            throw new IllegalArgumentException("easel.clv.model-choice: origins 0 to 12, holdout-days 7 or more");
        }
    }

    /**
     * What the choice may use, given the season read from {@code seasonFile} (null when there is none): an analyst who
     * configures DECLARED insists on the calendar they wrote; the default lets the origins' holdouts decide between it
     * and one estimated from the history.
     */
    ModelChoice.SeasonPolicy seasonPolicy(SeasonalProfile declared) {
        return switch (season) {
            case DECLARED ->
                declared == null ? ModelChoice.SeasonPolicy.none() : ModelChoice.SeasonPolicy.declared(declared);
            case ESTIMATED ->
                declared == null
                        ? ModelChoice.SeasonPolicy.estimate()
                        : ModelChoice.SeasonPolicy.declaredOrEstimated(declared);
            case NOT_USED -> ModelChoice.SeasonPolicy.none();
        };
    }
}
