package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PopulationForecastTests {

    private static final BgNbdModel MODEL = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

    @Test
    void theCohortForecastIsEveryCustomersExpectationAddedUp() {
        Random random = new Random(7);
        double[] births = new double[3_000];
        for (int i = 0; i < births.length; i++) {
            births[i] = random.nextInt(200) + (random.nextBoolean() ? 0.37 * random.nextInt(3) : 0);
        }
        double[] times = new double[300];
        for (int j = 0; j < times.length; j++) {
            times[j] = j * 0.9;
        }

        double[] forecast = PopulationForecast.cumulativeRepeatTransactions(MODEL, births, times);

        for (int j = 0; j < times.length; j += 37) {
            double direct = 0;
            for (double birth : births) {
                if (birth < times[j]) {
                    direct += MODEL.expectedTransactions(times[j] - birth);
                }
            }
            assertThat(forecast[j]).isCloseTo(direct, within(1e-9 * Math.max(1, direct)));
        }
    }

    @Test
    void theMemoAsksTheFunctionOncePerArgumentAndGivesBackItsExactValue() {
        AtomicInteger calls = new AtomicInteger();
        PopulationForecast.Memo memo = new PopulationForecast.Memo(t -> {
            calls.incrementAndGet();
            return Double.isNaN(t) ? -1 : MODEL.expectedTransactions(t);
        });
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i <= 20_000; i++) {
                double t = i / 7.0;
                assertThat(memo.at(t)).isEqualTo(MODEL.expectedTransactions(t));
            }
        }
        assertThat(calls).hasValue(20_000);
        // NaN is the empty slot's mark: it is never stored, so the function is asked each time.
        assertThat(memo.at(Double.NaN)).isEqualTo(-1);
        assertThat(memo.at(Double.NaN)).isEqualTo(-1);
        assertThat(calls).hasValue(20_002);
    }
}
