package dev.easel.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheSixFilesAndPrintsTheirCounts(@TempDir Path directory) {
        Path target = directory.resolve("demo");

        int status = run("--customers", "50", "--out", target.toString(), "--seed", "3", "--end-date", "2025-12-31");

        assertThat(status).isZero();
        assertThat(target.toFile().list())
                .containsExactlyInAnyOrder(
                        "customers.csv", "sellers.csv", "promotions.csv", "orders.csv", "refunds.csv", "consents.csv");
        assertThat(text(out)).contains("customers.csv", "orders.csv", "consents.csv", "orders", "order rows/s");
        assertThat(text(out)).doesNotContain("@example.test");
    }

    @Test
    void refusesAMissingOutputDirectory() {
        assertThat(run("--customers", "10")).isEqualTo(2);
        assertThat(text(err)).contains("--out is required", "usage: demo-data");
    }

    @Test
    void refusesUnknownOptionsAndBadValues(@TempDir Path directory) {
        assertThat(run("--out", directory.toString(), "--colour", "red")).isEqualTo(2);
        assertThat(run("--out", directory.toString(), "--customers", "many")).isEqualTo(2);
        assertThat(run("--out", directory.toString(), "--end-date", "31/10/2026"))
                .isEqualTo(2);
        assertThat(run("--out", directory.toString(), "--customers", "0")).isEqualTo(2);
        assertThat(run("--out")).isEqualTo(2);
        assertThat(text(err)).contains("unknown option --colour", "bad value for --customers: many");
    }

    private int run(String... args) {
        return DemoDataCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
