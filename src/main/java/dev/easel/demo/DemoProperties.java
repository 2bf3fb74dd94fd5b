package dev.easel.demo;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo marketplace loaded on first start of the embedded default.
 *
 * @param loadOnEmptyDatabase whether to load it when the ledger is empty
 * @param customers           how many customers it has
 * @param seed                the seed that makes it the same every time
 * @param endDate             the last day of its two years of history
 */
@ConfigurationProperties("easel.demo")
record DemoProperties(boolean loadOnEmptyDatabase, Integer customers, Long seed, LocalDate endDate) {

    DemoProperties {
        customers = customers == null ? DemoSettings.DEFAULT_CUSTOMERS : customers;
        seed = seed == null ? DemoSettings.DEFAULT_SEED : seed;
        endDate = endDate == null ? DemoSettings.DEFAULT_END_DATE : endDate;
    }

    DemoSettings settings() {
        return new DemoSettings(customers, seed, endDate);
    }
}
