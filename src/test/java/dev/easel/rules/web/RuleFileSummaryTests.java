package dev.easel.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules page's summary of a file, read from the project's own rules and features folders. */
class RuleFileSummaryTests {

    private static final Optional<Path> RULES = Optional.of(Path.of("rules"));

    @Test
    void readsTheConcernThresholdsRuleNamesAndPolicyFeatureOfARuleFile() {
        RuleFileSummary bulk = RuleFileSummary.read("clv/bulk-orders.drl", RULES);

        assertThat(bulk.concern()).startsWith("Art schools and organisations buy in bulk");
        assertThat(bulk.thresholds())
                .containsExactly(
                        new RuleFileSummary.Threshold("BulkOrderThresholds", "maximumUnits", "int", "50"),
                        new RuleFileSummary.Threshold("BulkOrderThresholds", "maximumValue", "BigDecimal", "1000"));
        assertThat(bulk.rules())
                .contains(
                        "A school or organisation order above the bulk thresholds counts in historic value but not for prediction");
        assertThat(bulk.feature()).contains("rules/clv/bulk-orders.drl");
        assertThat(bulk.scenarios()).isNotEmpty();
    }

    @Test
    void readsThePackagedCopyWhenNoFolderServesAndThenKnowsNoFeature() {
        RuleFileSummary packaged = RuleFileSummary.read("clv/bulk-orders.drl", Optional.empty());

        assertThat(packaged.rules()).isNotEmpty();
        assertThat(packaged.feature()).isNull();
    }
}
