package dev.easel.clv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryColumns;
import dev.easel.clv.model.SummaryWindow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a log in several threads gives exactly what one thread gives, and names bad rows by their real line. */
class TransactionLogReaderTests {

    @TempDir
    Path folder;

    private static Path cdnowSample() {
        Path file = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "cdnow", "CDNOW_sample.txt");
        Assumptions.assumeTrue(
                Files.isReadable(file),
                "CDNOW data not found: " + file.toAbsolutePath()
                        + " (set -Deasel.shared-data to the folder holding cdnow/)");
        return file;
    }

    private static void assertSameLedger(TransactionLogReader.Ledger actual, TransactionLogReader.Ledger expected) {
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.ids()).containsExactly(expected.ids());
        int rows = expected.rows();
        assertThat(Arrays.copyOf(actual.customer(), rows)).containsExactly(Arrays.copyOf(expected.customer(), rows));
        assertThat(Arrays.copyOf(actual.day(), rows)).containsExactly(Arrays.copyOf(expected.day(), rows));
        assertThat(Arrays.copyOf(actual.amount(), rows)).containsExactly(Arrays.copyOf(expected.amount(), rows));
        assertThat(actual.first()).isEqualTo(expected.first());
        assertThat(actual.last()).isEqualTo(expected.last());
    }

    private static SummaryColumns summarise(TransactionLogReader.Ledger ledger) {
        return SummaryBuilder.summariseColumns(
                ledger.customers(),
                ledger.rows(),
                ledger.customer(),
                ledger.day(),
                ledger.amount(),
                new SummaryWindow(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), ModelTimeUnit.WEEKS));
    }

    @Test
    void theCdnowSampleReadInSeveralThreadsGivesTheSameLedgerAndSummariesAsOneThread() throws IOException {
        Path sample = cdnowSample();
        TransactionLogReader.Ledger sequential = TransactionLogReader.read(sample, 1);
        SummaryColumns expected = summarise(sequential);
        assertThat(sequential.rows()).isEqualTo(6_919);
        assertThat(expected.size()).isEqualTo(2_357);

        for (int threads : new int[] {2, 3, 7}) {
            TransactionLogReader.Ledger parallel = TransactionLogReader.read(sample, threads);
            assertSameLedger(parallel, sequential);
            SummaryColumns actual = summarise(parallel);
            assertThat(actual.customer()).containsExactly(expected.customer());
            assertThat(actual.x()).containsExactly(expected.x());
            assertThat(actual.recency()).containsExactly(expected.recency());
            assertThat(actual.age()).containsExactly(expected.age());
            assertThat(actual.meanRepeatSpend()).containsExactly(expected.meanRepeatSpend());
            assertThat(actual.birth()).containsExactly(expected.birth());
            assertThat(actual.holdoutTransactions()).containsExactly(expected.holdoutTransactions());
            assertThat(actual.holdoutSpend()).containsExactly(expected.holdoutSpend());
            assertThat(actual.repeatPurchasesByDay()).containsExactly(expected.repeatPurchasesByDay());
        }
    }

    @Test
    void shortLongQuotedAndNonAsciiIdsAreNumberedInTheOrderFirstSeenWhateverTheThreads() throws IOException {
        Random random = new Random(11);
        String[] ids = {
            "c1", "c10", "customer-with-a-long-identifier", "Łódź-7", "\"quoted, id\"", "x", "12345678", "123456789"
        };
        List<String> lines = new ArrayList<>(List.of("amount,customer_id,order_date"));
        for (int i = 0; i < 3_000; i++) {
            String id = i % 5 == 0 ? ids[random.nextInt(ids.length)] : "k" + random.nextInt(700);
            lines.add(random.nextInt(10_000) / 100.0 + "," + id + ","
                    + LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)));
        }
        Path file = folder.resolve("mixed.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);

        TransactionLogReader.Ledger sequential = TransactionLogReader.read(file, 1);
        assertThat(sequential.ids()).contains("Łódź-7", "quoted, id", "customer-with-a-long-identifier", "123456789");
        for (int threads = 2; threads <= 5; threads++) {
            assertSameLedger(TransactionLogReader.read(file, threads), sequential);
        }
    }

    @Test
    void sharesWithManyMoreRowsThanTheirFirstLinesSuggestAreReadWhole() throws IOException {
        List<String> lines = new ArrayList<>(List.of("customerId,date,amount,note"));
        String longNote = "x".repeat(2_000);
        for (int i = 0; i < 6_000; i++) {
            // long lines first, then short ones: the row estimate from the first lines falls far short
            lines.add("c" + (i % 900) + ",2025-03-" + String.format("%02d", 1 + i % 28) + ",9.99,"
                    + (i < 200 ? longNote : ""));
        }
        Path file = folder.resolve("uneven.csv");
        Files.write(file, lines);

        TransactionLogReader.Ledger sequential = TransactionLogReader.read(file, 1);
        assertThat(sequential.rows()).isEqualTo(6_000);
        for (int threads = 2; threads <= 3; threads++) {
            assertSameLedger(TransactionLogReader.read(file, threads), sequential);
        }
    }

    @Test
    void aBadRowInALaterShareIsNamedByItsLineInTheFile() throws IOException {
        List<String> lines = new ArrayList<>(List.of("customerId,date,amount"));
        for (int i = 0; i < 2_000; i++) {
            lines.add("c" + (i % 300) + ",2025-01-" + String.format("%02d", 1 + i % 28) + ",12.50");
        }
        lines.set(1_499, "c7,2025-02-30,12.50"); // line 1,500 of the file
        Path file = folder.resolve("bad-late.csv");
        Files.write(file, lines);

        for (int threads : new int[] {1, 2, 4}) {
            assertThatThrownBy(() -> TransactionLogReader.read(file, threads))
                    .hasMessageStartingWith(file + ":1500: not a date: '2025-02-30'");
        }
    }

    @Test
    void withBadRowsInSeveralSharesTheFirstInTheFileIsNamed() throws IOException {
        List<String> lines = new ArrayList<>(List.of("customerId,date,amount"));
        for (int i = 0; i < 2_000; i++) {
            lines.add("c" + (i % 300) + ",2025-01-10,12.50");
        }
        lines.set(199, "c7,2025-01-10,-3"); // line 200
        lines.set(1_899, "c8,2025-01-10,NaN"); // line 1,900
        Path file = folder.resolve("bad-twice.csv");
        Files.write(file, lines);

        assertThatThrownBy(() -> TransactionLogReader.read(file, 2))
                .hasMessageStartingWith(file + ":200: negative amount -3");
    }
}
