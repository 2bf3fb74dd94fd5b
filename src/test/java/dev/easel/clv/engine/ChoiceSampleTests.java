package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.model.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChoiceSampleTests {

    private static List<Transaction> ledger(int customers) {
        List<Transaction> purchases = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String key = String.format("cus_%024x", c * 7919L);
            for (int order = 0; order <= c % 4; order++) {
                purchases.add(new Transaction(key, LocalDate.of(2026, 1, 1).plusDays(order * 30L), 10 + order));
            }
        }
        return purchases;
    }

    @Test
    void aLedgerWithinTheCapIsComparedWhole() {
        List<Transaction> purchases = ledger(500);

        ChoiceSample sample = ChoiceSample.of(purchases, 500);

        assertThat(sample.whole()).isTrue();
        assertThat(sample.purchases()).isSameAs(purchases);
        assertThat(ChoiceSample.of(purchases, 0).whole()).isTrue();
    }

    @Test
    void beyondTheCapAboutThatManyCustomersAreComparedEachWithEveryPurchase() {
        List<Transaction> purchases = ledger(40_000);

        ChoiceSample sample = ChoiceSample.of(purchases, 10_000);

        assertThat(sample.of()).isEqualTo(40_000);
        assertThat(sample.customers()).isBetween(9_700, 10_300);
        Map<String, Long> ordersBefore =
                purchases.stream().collect(Collectors.groupingBy(Transaction::customerId, Collectors.counting()));
        Map<String, Long> ordersSampled = sample.purchases().stream()
                .collect(Collectors.groupingBy(Transaction::customerId, Collectors.counting()));
        assertThat(ordersSampled).hasSize(sample.customers());
        ordersSampled.forEach((customer, orders) -> assertThat(orders).isEqualTo(ordersBefore.get(customer)));
        assertThat(sample.asMap())
                .containsEntry("customers", sample.customers())
                .containsEntry("of", 40_000);
    }

    @Test
    void theSameCustomersArePickedWhateverOrderTheLedgerWasReadIn() {
        List<Transaction> purchases = ledger(20_000);
        List<Transaction> shuffled = new ArrayList<>(purchases);
        Collections.shuffle(shuffled, new Random(3));

        Set<String> first = customers(ChoiceSample.of(purchases, 5_000));
        Set<String> second = customers(ChoiceSample.of(shuffled, 5_000));

        assertThat(second).isEqualTo(first);
    }

    private static Set<String> customers(ChoiceSample sample) {
        return sample.purchases().stream().map(Transaction::customerId).collect(Collectors.toSet());
    }
}
