package dev.easel.clv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTests {

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

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesACsvLogWithHeaderAndPrintsFitAndHoldoutAsJson() throws IOException {
        Path csv = folder.resolve("orders.csv");
        Files.write(csv, syntheticLog());

        int status = run(
                "evaluate",
                "--transactions",
                csv.toString(),
                "--calibration-end",
                "2025-06-30",
                "--min-repeat-customers",
                "20");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = json();
        assertThat(json.get("timeUnit").asText()).isEqualTo("DAYS");
        assertThat(json.get("customers").asInt()).isEqualTo(400);
        assertThat(json.at("/bgnbd/parameters/r").asDouble()).isPositive();
        // Without dropout heterogeneity a and b run off to a boundary, where standard errors are null rather than made
        // up.
        assertThat(json.at("/bgnbd/standardErrors").has("alpha")).isTrue();
        assertThat(json.at("/bgnbd/convergence/converged").isBoolean()).isTrue();
        assertThat(json.at("/gammaGamma/status").asText()).isNotBlank();
        assertThat(json.at("/holdout/byCalibrationFrequency").size()).isPositive();
        assertThat(json.at("/holdout/weeklyCumulative").size()).isPositive();
    }

    @Test
    void reproducesCdnowFromTheWhitespaceEventLogInWeeks() throws IOException {
        Path log = Path.of(System.getProperty("easel.shared-data", "../shared/data"), "cdnow", "CDNOW_sample.txt");
        Assumptions.assumeTrue(Files.isReadable(log), "CDNOW data not found: " + log.toAbsolutePath());

        int status = run(
                "evaluate",
                "--transactions",
                log.toString(),
                "--calibration-end",
                "1997-09-30",
                "--time-unit",
                "weeks");

        assertThat(status).isZero();
        JsonNode json = json();
        assertThat(json.at("/bgnbd/parameters/r").asDouble()).isCloseTo(0.2425945, within(2.5e-4));
        assertThat(json.at("/bgnbd/logLikelihood").asDouble()).isCloseTo(-9582.429, within(0.001));
        assertThat(json.at("/gammaGamma/parameters/p").asDouble()).isCloseTo(6.25, within(0.005));
        assertThat(json.at("/holdout/actualTotal").asInt()).isEqualTo(1882);
        assertThat(json.at("/holdout/weeklyCumulative/77/actual").asInt()).isEqualTo(4339);
    }

    @Test
    void explainsUsageOnMissingOptions() {
        assertThat(run("evaluate", "--transactions", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("missing --calibration-end")
                .contains("usage");
    }

    @Test
    void namesTheLineOfABadRow() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.write(csv, List.of("customerId,date,amount", "c1,2025-01-01,10", "c1,yesterday,5"));

        assertThat(run("evaluate", "--transactions", csv.toString(), "--calibration-end", "2025-06-30"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv:3");
    }

    private static List<String> syntheticLog() {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        lines.add("customerId,date,amount");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int c = 0; c < 400; c++) {
            LocalDate day = start.plusDays(random.nextInt(60));
            double rate = 0.01 + random.nextDouble() * 0.05;
            while (day.isBefore(LocalDate.of(2025, 10, 1))) {
                lines.add("cust-" + c + "," + day + "," + (5 + random.nextInt(50)) + ".50");
                day = day.plusDays(1 + (long) (-Math.log(random.nextDouble()) / rate));
                if (random.nextDouble() < 0.15) {
                    break;
                }
            }
        }
        return lines;
    }
}
