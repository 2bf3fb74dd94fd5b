package dev.easel.clv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv evaluate} choosing its model by rolling-origin holdout, with an estimated or a declared season. */
class ClvCommandModelChoiceTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ClvCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path cdnow() {
        Path file = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "cdnow", "CDNOW_sample.txt");
        Assumptions.assumeTrue(Files.isReadable(file), "CDNOW data not found: " + file.toAbsolutePath());
        return file;
    }

    @Test
    void printsTheComparisonOfTheCandidatesAndTheChoiceOnCdnow() throws IOException {
        int status = run(
                "evaluate",
                "--transactions",
                cdnow().toString(),
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--time-unit",
                "weeks",
                "--origins",
                "3",
                "--season",
                "estimate");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode choice = new ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8))
                .get("modelChoice");
        assertThat(choice.get("origins")).hasSize(3);
        assertThat(choice.get("origins").get(2).get("calibrationEnd").asText()).isEqualTo("1997-09-30");
        assertThat(choice.get("scores"))
                .extracting(s -> s.get("candidate").asText())
                .containsExactly("BG_NBD", "PARETO_NBD");
        assertThat(choice.get("chosen").asText()).isIn("BG_NBD", "PARETO_NBD");
        assertThat(choice.get("seasonSource").asText()).isEqualTo("NOT_USED");
        assertThat(choice.get("seasonNote").asText()).startsWith("season cannot be estimated from 8 months of history");
        String table = err.toString(StandardCharsets.UTF_8);
        assertThat(table)
                .contains("BG/NBD")
                .contains("Pareto/NBD")
                .contains("mean absolute error")
                .contains("chosen: ")
                .contains("1997-09-30");
    }

    @Test
    void usesADeclaredSeasonAndRecordsItsVersion() throws IOException {
        Path season = folder.resolve("season.csv");
        Files.write(season, List.of("# CDNOW had no season worth declaring; this one is mild", "Nov-Dec, 1.2"));

        int status = run(
                "evaluate",
                "--transactions",
                cdnow().toString(),
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--time-unit",
                "weeks",
                "--season",
                "declared",
                season.toString(),
                "--origins",
                "1");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.at("/season/source").asText()).isEqualTo("DECLARED");
        assertThat(root.at("/season/version").asText()).startsWith("season-");
        assertThat(root.at("/modelChoice/seasonSource").asText()).isEqualTo("DECLARED");
        assertThat(root.at("/modelChoice/scores"))
                .extracting(s -> s.get("candidate").asText())
                .contains("SEASONAL_BG_NBD");
    }

    @Test
    void anInvalidSeasonFileIsRefusedWithFileAndLine() throws IOException {
        Path season = folder.resolve("season.csv");
        Files.write(season, List.of("Oct-Dec, 1.8", "Dec, two"));
        Path log = folder.resolve("log.csv");
        Files.write(log, List.of("customerId,date,amount", "c1,2025-01-01,10", "c1,2025-03-01,12"));

        int status = run(
                "evaluate",
                "--transactions",
                log.toString(),
                "--calibration-end",
                "2025-02-01",
                "--season",
                "declared",
                season.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("season.csv:2: intensity 'two' must be a positive number");
    }

    @Test
    void badChoiceOptionsAreNamed() throws IOException {
        Path log = folder.resolve("log.csv");
        Files.write(log, List.of("customerId,date,amount", "c1,2025-01-01,10"));

        assertThat(run(
                        "evaluate",
                        "--transactions",
                        log.toString(),
                        "--calibration-end",
                        "2025-02-01",
                        "--season",
                        "declared"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--season declared needs the season file");
        err.reset();
        assertThat(run(
                        "evaluate",
                        "--transactions",
                        log.toString(),
                        "--calibration-end",
                        "2025-02-01",
                        "--origins",
                        "many"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--origins 'many' is not a whole number");
    }
}
