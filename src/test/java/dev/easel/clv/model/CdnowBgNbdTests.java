package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BG/NBD on CDNOW against the published estimates in reference-values.json. */
class CdnowBgNbdTests {

    /** 1e-3 relative, the tolerance BTYD and CLVTools use, as a percentage. */
    private static final double ONE_PER_MILLE = 0.1;

    @Test
    void fitsRawEventLogToTheBtydAndClvToolsEstimates() {
        BgNbdFit fit = BgNbdFitter.fit(CdnowData.summaries().table());

        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(2357);
        BgNbdModel m = fit.model();
        // CLVTools: 0.2425945, 4.4136019, 0.7929199, 2.4258881
        assertThat(m.r()).isCloseTo(0.2425945, withinPercentage(ONE_PER_MILLE));
        assertThat(m.alpha()).isCloseTo(4.4136019, withinPercentage(ONE_PER_MILLE));
        assertThat(m.a()).isCloseTo(0.7929199, withinPercentage(ONE_PER_MILLE));
        assertThat(m.b()).isCloseTo(2.4258881, withinPercentage(ONE_PER_MILLE));
        // BTYD walkthrough: 0.2425982, 4.413684, 0.7929899, 2.426167
        assertThat(m.r()).isCloseTo(0.2425982, withinPercentage(ONE_PER_MILLE));
        assertThat(m.alpha()).isCloseTo(4.413684, withinPercentage(ONE_PER_MILLE));
        assertThat(m.a()).isCloseTo(0.7929899, withinPercentage(ONE_PER_MILLE));
        assertThat(m.b()).isCloseTo(2.426167, withinPercentage(ONE_PER_MILLE));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.001));
    }

    @Test
    void matchesThePaperToItsPrintedDigits() {
        BgNbdModel m = BgNbdFitter.fit(CdnowData.summaries().table()).model();

        assertThat(m.r()).isCloseTo(0.243, within(0.0005));
        assertThat(m.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(m.a()).isCloseTo(0.793, within(0.0005));
        assertThat(m.b()).isCloseTo(2.426, within(0.0005));
    }

    @Test
    void fitsRoundedSummaryToTheLifetimesEstimatesAndStandardErrors() {
        List<double[]> rows = CdnowData.roundedSummary();
        int[] x = rows.stream().mapToInt(r -> (int) r[0]).toArray();
        double[] tx = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] t = rows.stream().mapToDouble(r -> r[2]).toArray();

        BgNbdFit fit = BgNbdFitter.fit(RfmTable.of(x, tx, t));

        assertThat(fit.model().r()).isCloseTo(0.242593, withinPercentage(0.01));
        assertThat(fit.model().alpha()).isCloseTo(4.413532, withinPercentage(0.01));
        assertThat(fit.model().a()).isCloseTo(0.792886, withinPercentage(0.01));
        assertThat(fit.model().b()).isCloseTo(2.425752, withinPercentage(0.01));
        assertThat(fit.standardErrors().r()).isCloseTo(0.012557, withinPercentage(0.5));
        assertThat(fit.standardErrors().alpha()).isCloseTo(0.378221, withinPercentage(0.5));
        assertThat(fit.standardErrors().a()).isCloseTo(0.185719, withinPercentage(0.5));
        assertThat(fit.standardErrors().b()).isCloseTo(0.705345, withinPercentage(0.5));
    }

    @Test
    void fitsEachDistinctRowOnceWithTheSameResultAsUngrouped() {
        RfmTable table = CdnowData.summaries().table();
        BgNbdFit fit = BgNbdFitter.fit(table);

        assertThat(fit.distinctRows()).isLessThan(table.size());
        double perRow = 0;
        for (int i = 0; i < table.size(); i++) {
            perRow += fit.model().logLikelihood(table.x(i), table.recency(i), table.age(i));
        }
        assertThat(fit.logLikelihood()).isCloseTo(perRow, within(1e-6));
    }

    @Test
    void penalizerShrinksTheParameters() {
        RfmTable table = CdnowData.summaries().table();
        BgNbdFit plain = BgNbdFitter.fit(table);
        BgNbdFit penalized = BgNbdFitter.fit(table, FitOptions.defaults().withPenalizer(0.01));

        assertThat(penalized.converged()).isTrue();
        assertThat(penalized.penalizer()).isEqualTo(0.01);
        assertThat(penalized.model().alpha()).isLessThan(plain.model().alpha());
        assertThat(penalized.logLikelihood()).isLessThan(plain.logLikelihood());
    }
}
