package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calibration 1997-01-01..09-30, holdout to 1998-06-30, against the BTYD walkthrough's plots. */
class CdnowHoldoutTests {

    private static CustomerSummaries summaries;
    private static HoldoutReport report;

    @BeforeAll
    static void fitCalibrationPeriod() {
        summaries = CdnowData.summaries();
        report = HoldoutEvaluation.evaluate(BgNbdFitter.fit(summaries.table()).model(), summaries);
    }

    @Test
    void summarisesTheCohortAsBtydDoes() {
        assertThat(summaries.size()).isEqualTo(2357);
        assertThat(summaries.customers().stream().mapToInt(CustomerSummary::x).sum())
                .isEqualTo(2457);
        assertThat(report.actualTotal()).isEqualTo(1882);
        assertThat(report.holdoutLength()).isEqualTo(39.0);
    }

    @Test
    void holdoutMeansByCalibrationFrequencyMatchTheWalkthrough() {
        double[] actual = {0.2367116, 0.6970387, 1.392523, 1.56, 2.532258, 2.947368, 3.862069, 6.359375};
        double[] expected = {0.2250893, 0.5231364, 1.044126, 1.520256, 2.163824, 2.653789, 3.503957, 6.157036};
        int[] customers = {1411, 439, 214, 100, 62, 38, 29, 64};
        List<HoldoutReport.FrequencyBucket> buckets = report.byFrequency();

        assertThat(buckets).hasSize(8);
        assertThat(buckets.get(7).label()).isEqualTo("7+");
        for (int k = 0; k < 8; k++) {
            assertThat(buckets.get(k).customers()).isEqualTo(customers[k]);
            assertThat(buckets.get(k).actualMean()).isCloseTo(actual[k], within(1e-6));
            assertThat(buckets.get(k).expectedMean()).isCloseTo(expected[k], withinPercentage(0.1));
        }
    }

    @Test
    void holdoutTotalAndCorrelationMatchTheMeasuredReference() {
        assertThat(report.expectedTotal()).isCloseTo(1653.42, withinPercentage(0.1));
        assertThat(report.correlation()).isCloseTo(0.626, within(0.001));
        assertThat(report.meanAbsoluteError()).isPositive();
    }

    @Test
    void weeklyCumulativeActualsEqualTheBtydTracking() {
        long[] published = CdnowData.cumulativeTracking();

        assertThat(report.weeklyCumulative()).hasSize(78);
        for (int w = 0; w < 78; w++) {
            assertThat(report.weeklyCumulative().get(w).actual()).isEqualTo(published[w]);
        }
    }

    @Test
    void weeklyCumulativeForecastMatchesTheWalkthroughForWeeks20To25() {
        double[] expected = {1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6};
        for (int i = 0; i < expected.length; i++) {
            assertThat(report.weeklyCumulative().get(19 + i).expected()).isCloseTo(expected[i], withinPercentage(0.1));
        }
    }

    @Test
    void week78ForecastIsAboutFourPercentUnderTheActual4339() {
        HoldoutReport.TrackingPoint week78 = report.weeklyCumulative().get(77);
        double error = 100 * (week78.expected() - week78.actual()) / week78.actual();

        assertThat(week78.actual()).isEqualTo(4339);
        assertThat(week78.expected()).isCloseTo(4165.69, withinPercentage(0.1));
        assertThat(error).isCloseTo(-3.99, within(0.05));
    }
}
