package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma and predicted CLV on CDNOW against BTYD, CLVTools, the paper and the lifetimes quickstart. */
class CdnowSpendAndClvTests {

    @Test
    void fitsRawEventLogToTheBtydSpendEstimates() {
        GammaGammaFit fit = GammaGammaFitter.fit(CdnowData.summaries().customers(), GammaGammaOptions.defaults());

        assertThat(fit.status()).isEqualTo(GammaGammaFit.Status.FITTED);
        assertThat(fit.repeatCustomers()).isEqualTo(946);
        assertThat(fit.model().p()).isCloseTo(6.249349, withinPercentage(0.1));
        assertThat(fit.model().q()).isCloseTo(3.744256, withinPercentage(0.1));
        assertThat(fit.model().gamma()).isCloseTo(15.44431, withinPercentage(0.1));
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.9177, within(1e-3));
    }

    @Test
    void reportsTheWeakSpendFrequencyCorrelationWithoutWarning() {
        CustomerSummaries summaries = CdnowData.summaries();
        GammaGammaFit fit = GammaGammaFitter.fit(summaries.customers(), GammaGammaOptions.defaults());
        double meanSpend = summaries.customers().stream()
                .filter(c -> c.x() > 0)
                .mapToDouble(CustomerSummary::meanRepeatSpend)
                .average()
                .orElseThrow();

        assertThat(meanSpend).isCloseTo(35.078552, withinPercentage(0.01));
        assertThat(fit.spendFrequencyCorrelation()).isCloseTo(0.113884, within(0.001));
        assertThat(fit.correlationWarning()).isFalse();
    }

    @Test
    void expectedSpendPerOrderMatchesTheLifetimesQuickstart() {
        List<double[]> rows = CdnowData.roundedSummary();
        int[] x = rows.stream().mapToInt(r -> (int) r[0]).toArray();
        double[] zbar = rows.stream().mapToDouble(r -> r[3]).toArray();
        GammaGammaModel spend =
                GammaGammaFitter.fit(x, zbar, GammaGammaOptions.defaults()).model();
        double[] published = {
            24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981
        };

        for (int i = 0; i < published.length; i++) {
            assertThat(spend.conditionalExpectedSpend(x[i], zbar[i])).isCloseTo(published[i], withinPercentage(0.01));
        }
        double mean = 0;
        for (int i = 0; i < x.length; i++) {
            mean += spend.conditionalExpectedSpend(x[i], zbar[i]) / x.length;
        }
        assertThat(mean).isCloseTo(35.2529588256, withinPercentage(0.01));
    }

    @Test
    void predictedClvMatchesTheLifetimesQuickstartWithItsThirtyUnitMonths() {
        List<double[]> rows = CdnowData.roundedSummary();
        int[] x = rows.stream().mapToInt(r -> (int) r[0]).toArray();
        double[] zbar = rows.stream().mapToDouble(r -> r[3]).toArray();
        RfmTable table = RfmTable.of(
                x,
                rows.stream().mapToDouble(r -> r[1]).toArray(),
                rows.stream().mapToDouble(r -> r[2]).toArray());
        BgNbdModel purchases = BgNbdFitter.fit(table).model();
        GammaGammaModel spend =
                GammaGammaFitter.fit(x, zbar, GammaGammaOptions.defaults()).model();
        // lifetimes' default freq "D" makes a month 30 time units, here 30 weeks; the reference keeps that quirk.
        Scores scores = ClvScorer.score(purchases, spend, table, zbar, new ScoringOptions(12, 0.01, 1.0, 30));
        double[] published = {
            140.096211,
            18.943467,
            38.180574,
            38.180574,
            38.180574,
            1003.868107,
            28.109683,
            38.180574,
            167.418216,
            38.180574
        };

        for (int i = 0; i < published.length; i++) {
            assertThat(scores.predictedClv()[i]).isCloseTo(published[i], withinPercentage(0.01));
        }
    }
}
