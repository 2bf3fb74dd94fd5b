package dev.easel.commerce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvImportCommandTests {

    @Test
    void explainsItsUsageWithoutStartingAnything() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CsvImportCommand.run(
                new String[] {"invoices", "x.csv"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import customers|sellers");
    }

    @Test
    void refusesAFileItCannotRead() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CsvImportCommand.run(
                new String[] {"orders", "does-not-exist.csv", "--dry-run"},
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
    }
}
