package dev.easel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoMarketplaceLoaderTests {

    private final DemoProperties properties = new DemoProperties(true, 40, 11L, null);
    private final List<String> calls = new ArrayList<>();

    @Test
    void generatesThenLoadsEverySinkInOrderWhenAllAreEmpty() {
        RecordingSink ledger = new RecordingSink("ledger", true);
        RecordingSink consents = new RecordingSink("consents", true);

        DemoDataSummary summary = new DemoMarketplaceLoader(List.of(ledger, consents), properties).load();

        assertThat(summary).isNotNull();
        assertThat(summary.customers()).isGreaterThanOrEqualTo(40);
        assertThat(calls).containsExactly("ledger", "consents");
        assertThat(ledger.filesSeen)
                .containsExactlyInAnyOrder(
                        "customers.csv", "sellers.csv", "promotions.csv", "orders.csv", "refunds.csv", "consents.csv");
    }

    @Test
    void deletesTheGeneratedFilesAfterLoading() {
        RecordingSink ledger = new RecordingSink("ledger", true);

        new DemoMarketplaceLoader(List.of(ledger), properties).load();

        assertThat(ledger.directory).isNotNull();
        assertThat(Files.exists(ledger.directory)).isFalse();
    }

    @Test
    void leavesADatabaseThatHoldsDataAlone() {
        RecordingSink ledger = new RecordingSink("ledger", false);
        RecordingSink consents = new RecordingSink("consents", true);

        assertThat(new DemoMarketplaceLoader(List.of(ledger, consents), properties).load())
                .isNull();
        assertThat(calls).isEmpty();
    }

    @Test
    void doesNothingWithoutASink() {
        assertThat(new DemoMarketplaceLoader(List.of(), properties).load()).isNull();
    }

    @Test
    void takesDefaultsForWhatIsNotConfigured() {
        DemoProperties unset = new DemoProperties(true, null, null, null);

        assertThat(unset.settings()).isEqualTo(DemoSettings.defaults());
    }

    private final class RecordingSink implements DemoMarketplaceSink {
        private final String name;
        private final boolean empty;
        private final List<String> filesSeen = new ArrayList<>();
        private Path directory;

        RecordingSink(String name, boolean empty) {
            this.name = name;
            this.empty = empty;
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public void load(Path directory) {
            this.directory = directory;
            calls.add(name);
            filesSeen.addAll(List.of(directory.toFile().list()));
        }
    }
}
