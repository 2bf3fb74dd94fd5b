package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The columnar summariser the command line uses gives the same summaries as the one over transactions. */
class ColumnarSummaryTests {

    @Test
    void givesTheSameSummariesAsTheTransactionSummariserOnAShuffledLog() {
        Random random = new Random(5);
        LocalDate start = LocalDate.of(2024, 3, 1);
        List<Transaction> log = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            log.add(new Transaction(
                    "c" + random.nextInt(3_000), start.plusDays(random.nextInt(500)), random.nextInt(10_000) / 100.0));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] customer = new int[log.size()];
        int[] day = new int[log.size()];
        double[] amount = new double[log.size()];
        for (int i = 0; i < log.size(); i++) {
            customer[i] = index.computeIfAbsent(log.get(i).customerId(), id -> index.size());
            day[i] = (int) log.get(i).date().toEpochDay();
            amount[i] = log.get(i).amount();
        }
        SummaryWindow window = new SummaryWindow(start.plusDays(300), start.plusDays(450), ModelTimeUnit.WEEKS);

        CustomerSummaries expected = SummaryBuilder.summarise(log, window);
        CustomerSummaries actual =
                SummaryBuilder.summarise(index.keySet().toArray(String[]::new), customer, day, amount, window);

        Comparator<CustomerSummary> byId = Comparator.comparing(CustomerSummary::customerId);
        assertThat(actual.customers()).hasSize(expected.size());
        assertThat(actual.customers().stream().sorted(byId).toList())
                .isEqualTo(expected.customers().stream().sorted(byId).toList());
        assertThat(actual.cohortStart()).isEqualTo(expected.cohortStart());
        assertThat(actual.repeatPurchasesByDay()).isEqualTo(expected.repeatPurchasesByDay());
        assertThat(actual.customersFirstSeenLater()).isEqualTo(expected.customersFirstSeenLater());
    }

    @Test
    void aLargeFitPolishedFromASampleReachesTheSameMaximumAsConjugateGradients() {
        SimulatedPopulation population = SimulatedPopulation.draw(
                new BgNbdModel(0.25, 4.0, 0.8, 2.5), new GammaGammaModel(6, 4, 15), 60_000, 39, 12, false, 21L);
        RfmTable grouped = population.table().grouped();
        assertThat(grouped.size()).isGreaterThan(BgNbdFitter.WARM_START_ROWS);

        BgNbdFit polished = BgNbdFitter.fit(population.table());
        MaximumLikelihood.Outcome plain =
                MaximumLikelihood.fit(new BgNbdLikelihood(grouped), new double[] {1, 1, 1, 1}, FitOptions.defaults());

        assertThat(polished.converged()).isTrue();
        assertThat(polished.convergence().evaluations())
                .isLessThan(plain.convergence().evaluations());
        assertThat(polished.logLikelihood()).isGreaterThanOrEqualTo(plain.logLikelihood() - 1e-6);
        double[] p = plain.params();
        assertThat(polished.model().r()).isCloseTo(p[0], org.assertj.core.api.Assertions.withinPercentage(0.01));
        assertThat(polished.model().a()).isCloseTo(p[2], org.assertj.core.api.Assertions.withinPercentage(0.01));
    }
}
