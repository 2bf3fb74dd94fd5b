package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ImpactReport;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactTallyTests {

    private static ImpactTally.Outcome published(String historic, String predicted, String... rules) {
        return new ImpactTally.Outcome(
                "ELIGIBLE",
                "PUBLISHED",
                false,
                "EUR",
                new BigDecimal(historic),
                new BigDecimal(predicted),
                Set.of(rules));
    }

    @Test
    void countsEachKindOfChangeOncePerCustomerAndSumsPerCurrency() {
        ImpactTally chunk = new ImpactTally();
        assertThat(chunk.count(published("100.00", "50.00", "a"), published("100.00", "50.00", "a")))
                .isFalse();
        assertThat(chunk.count(published("100.00", "50.00", "a"), published("100.00", "80.00", "a", "b")))
                .isTrue();
        ImpactTally.Outcome flagged = new ImpactTally.Outcome(
                "ELIGIBLE",
                "FLAGGED",
                true,
                "EUR",
                new BigDecimal("10.00"),
                new BigDecimal("5000.00"),
                Set.of("spike"));
        assertThat(chunk.count(published("10.00", "20.00"), flagged)).isTrue();
        ImpactTally.Outcome suppressed =
                new ImpactTally.Outcome("SUPPRESSED", "SUPPRESSED", false, null, null, null, Set.of());
        assertThat(chunk.count(published("30.00", "0.00"), suppressed)).isTrue();

        ImpactTally run = new ImpactTally();
        run.add(chunk);

        assertThat(run.customers).isEqualTo(4);
        assertThat(run.changed).isEqualTo(3);
        assertThat(run.valueChanged).isEqualTo(3);
        assertThat(run.statusChanged).isEqualTo(2);
        assertThat(run.flagChanged).isEqualTo(1);
        assertThat(run.eligibilityChanged).isEqualTo(1);
        assertThat(run.statusTransitions())
                .containsExactly(
                        new ImpactReport.Transition("PUBLISHED", "FLAGGED", 1),
                        new ImpactReport.Transition("PUBLISHED", "SUPPRESSED", 1));
        ImpactReport.CurrencyImpact eur = run.currencies().get(0);
        assertThat(eur.customers()).isEqualTo(4);
        assertThat(eur.changed()).isEqualTo(3);
        assertThat(eur.historicBefore()).isEqualByComparingTo("240.00");
        assertThat(eur.historicAfter()).isEqualByComparingTo("210.00");
        assertThat(eur.predictedBefore()).isEqualByComparingTo("120.00");
        assertThat(eur.predictedAfter()).isEqualByComparingTo("5130.00");
        assertThat(eur.totalChange())
                .extracting(ImpactReport.Band::label, ImpactReport.Band::customers)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("10 to 100", 1L),
                        org.assertj.core.groups.Tuple.tuple("above 1000", 1L));
        assertThat(run.rulesFiringDifferently())
                .containsExactlyInAnyOrder(
                        new ImpactReport.RuleCount("b", 0, 1), new ImpactReport.RuleCount("spike", 0, 1));
    }

    @Test
    void aChangeOfExactlyZeroFallsInTheBandFromZero() {
        assertThat(ImpactTally.band(BigDecimal.ZERO)).isEqualTo(4);
        assertThat(ImpactTally.band(new BigDecimal("-0.01"))).isEqualTo(3);
        assertThat(ImpactTally.band(new BigDecimal("-1000.00"))).isEqualTo(1);
        assertThat(ImpactTally.band(new BigDecimal("-1000.01"))).isEqualTo(0);
    }
}
