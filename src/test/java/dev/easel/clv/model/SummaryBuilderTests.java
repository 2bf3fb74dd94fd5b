package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryBuilderTests {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static Transaction buy(String customer, int day, double amount) {
        return new Transaction(customer, JAN_1.plusDays(day), amount);
    }

    private static final List<Transaction> LOG = List.of(
            buy("a", 0, 10),
            buy("a", 0, 5),
            buy("a", 14, 20),
            buy("a", 14, 2),
            buy("a", 28, 30),
            buy("a", 70, 40),
            buy("a", 71, 8),
            buy("b", 7, 50),
            buy("c", 80, 9));

    @Test
    void countsPurchasesOnOneDayOnceAndLeavesTheFirstOutOfSpend() {
        CustomerSummaries s = SummaryBuilder.summarise(
                LOG, new SummaryWindow(JAN_1.plusDays(56), JAN_1.plusDays(84), ModelTimeUnit.WEEKS));
        CustomerSummary a = s.customers().get(0);

        assertThat(a.customerId()).isEqualTo("a");
        assertThat(a.x()).isEqualTo(2);
        assertThat(a.recency()).isEqualTo(4.0);
        assertThat(a.age()).isEqualTo(8.0);
        assertThat(a.meanRepeatSpend()).isCloseTo((22 + 30) / 2.0, within(1e-12));
        assertThat(a.holdoutTransactions()).isEqualTo(2);
        assertThat(a.holdoutSpend()).isEqualTo(48.0);
    }

    @Test
    void measuresTimeInDaysOrWeeks() {
        CustomerSummary b = SummaryBuilder.summarise(
                        LOG, SummaryWindow.calibrationOnly(JAN_1.plusDays(56), ModelTimeUnit.DAYS))
                .customers()
                .get(1);

        assertThat(b.x()).isZero();
        assertThat(b.recency()).isZero();
        assertThat(b.age()).isEqualTo(49.0);
        assertThat(b.birth()).isEqualTo(7.0);
        assertThat(b.meanRepeatSpend()).isZero();
    }

    @Test
    void leavesOutCustomersWhoFirstBoughtAfterCalibration() {
        CustomerSummaries s = SummaryBuilder.summarise(
                LOG, new SummaryWindow(JAN_1.plusDays(56), JAN_1.plusDays(84), ModelTimeUnit.DAYS));

        assertThat(s.customers()).extracting(CustomerSummary::customerId).containsExactly("a", "b");
        assertThat(s.customersFirstSeenLater()).isEqualTo(1);
        assertThat(s.cohortStart()).isEqualTo(JAN_1);
    }

    @Test
    void tracksCumulativeRepeatPurchasesByWeekFromTheCohortStart() {
        CustomerSummaries s = SummaryBuilder.summarise(
                LOG, new SummaryWindow(JAN_1.plusDays(56), JAN_1.plusDays(83), ModelTimeUnit.DAYS));

        assertThat(s.cumulativeRepeatPurchasesByWeek()).containsExactly(0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 4, 4);
    }

    @Test
    void ignoresPurchasesAfterTheHoldout() {
        CustomerSummary a = SummaryBuilder.summarise(
                        LOG, new SummaryWindow(JAN_1.plusDays(56), JAN_1.plusDays(70), ModelTimeUnit.DAYS))
                .customers()
                .get(0);

        assertThat(a.holdoutTransactions()).isEqualTo(1);
    }

    @Test
    void refusesAHoldoutThatEndsBeforeCalibration() {
        assertThatThrownBy(() -> new SummaryWindow(JAN_1, JAN_1.minusDays(1), ModelTimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
