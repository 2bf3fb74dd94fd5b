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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets a message that names it; where nothing meaningful can be said the exit status is not 0. */
class ClvCommandInputTests {

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

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, List<String> lines) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, lines);
        return path;
    }

    private int evaluate(Path file, String... more) {
        List<String> args = new ArrayList<>(
                List.of("evaluate", "--transactions", file.toString(), "--calibration-end", "2025-06-30"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run("evaluate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("usage")
                .contains("--time-unit")
                .contains("exit status");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aNegativeAmountNamesFileAndLine() throws IOException {
        Path csv = file("refunds.csv", List.of("customerId,date,amount", "c1,2025-01-01,10", "c1,2025-02-01,-4.50"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("refunds.csv:3").contains("negative amount -4.50");
    }

    @Test
    void aNaNAmountNamesFileAndLine() throws IOException {
        Path csv = file("nan.csv", List.of("customerId,date,amount", "c1,2025-01-01,NaN"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("nan.csv:2").contains("not a finite number");
    }

    @Test
    void anAmountThatIsNotANumberNamesFileAndLine() throws IOException {
        Path csv = file("text.csv", List.of("customerId,date,amount", "c1,2025-01-01,12", "c2,2025-01-02,ten"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("text.csv:3").contains("not an amount: 'ten'");
    }

    @Test
    void anImpossibleDateNamesFileAndLine() throws IOException {
        Path csv = file("dates.csv", List.of("customerId,date,amount", "c1,2025-01-01,12", "c1,2025-02-30,9"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("dates.csv:3").contains("not a date: '2025-02-30'");
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path csv = file("empty.csv", List.of());

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("empty.csv is empty");
    }

    @Test
    void aHeaderOnlyFileSaysItHasNoTransactions() throws IOException {
        Path csv = file("header.csv", List.of("customerId,date,amount", ""));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("header.csv has a header (customerId,date,amount) but no transactions");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileAndLine() throws IOException {
        Path csv = file("short.csv", List.of("customerId,date,amount", "c1,2025-01-01"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("short.csv:2").contains("expected 3 fields as in the header, got 2");
    }

    @Test
    void aHeaderWithoutAnAmountColumnSaysWhichNamesAreAccepted() throws IOException {
        Path csv = file("columns.csv", List.of("customer,day,colour", "c1,2025-01-01,red"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors())
                .contains("columns.csv:1")
                .contains("no amount column")
                .contains("amount, value");
    }

    @Test
    void anUnclosedQuoteNamesFileAndLine() throws IOException {
        Path csv = file("quote.csv", List.of("customerId,date,amount", "\"c1,2025-01-01,12"));

        assertThat(evaluate(csv)).isEqualTo(2);
        assertThat(errors()).contains("quote.csv:2").contains("quoted field is not closed");
    }

    @Test
    void aMonthTimeUnitIsRefusedWithTheUnitsThereAre() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--time-unit", "months")).isEqualTo(2);
        assertThat(errors())
                .contains("--time-unit 'months' is not a time unit: use days or weeks")
                .doesNotContain("Exception")
                .doesNotContain("dev.easel");
    }

    @Test
    void aBadCalibrationDateIsNamedWithTheExpectedFormat() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(run("evaluate", "--transactions", csv.toString(), "--calibration-end", "30/06/2025"))
                .isEqualTo(2);
        assertThat(errors())
                .contains("--calibration-end '30/06/2025' is not a date: write yyyy-MM-dd")
                .doesNotContain("Exception");
    }

    @Test
    void aHoldoutEndBeforeTheCalibrationEndIsRefused() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--holdout-end", "2025-03-01")).isEqualTo(2);
        assertThat(errors()).contains("--holdout-end 2025-03-01 must be after --calibration-end 2025-06-30");
    }

    @Test
    void numericOptionsAreCheckedAndUnknownOnesNamed() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--penalizer", "-1")).isEqualTo(2);
        assertThat(errors()).contains("--penalizer -1 must be 0 or more");
        err.reset();
        assertThat(evaluate(csv, "--min-repeat-customers", "lots")).isEqualTo(2);
        assertThat(errors()).contains("--min-repeat-customers 'lots' is not a whole number");
        err.reset();
        assertThat(evaluate(csv, "--horizon", "12")).isEqualTo(2);
        assertThat(errors()).contains("unknown option --horizon");
        err.reset();
        assertThat(evaluate(csv, "--time-unit")).isEqualTo(2);
        assertThat(errors()).contains("--time-unit needs a value");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(evaluate(folder.resolve("nowhere.csv"))).isEqualTo(1);
        assertThat(errors()).contains("no such file").contains("nowhere.csv");
    }

    @Test
    void quotedFieldsAndTheHeadersColumnOrderAreHonoured() throws IOException {
        List<String> plain = log();
        List<String> reordered = new ArrayList<>();
        reordered.add("\"Order Date\",channel,\"Amount\",\"Customer ID\"");
        for (String line : plain.subList(1, plain.size())) {
            String[] f = line.split(",");
            reordered.add(f[1] + ",\"web, mobile\",\"" + f[2] + "\",\"" + f[0].replace("cust-", "cust \"\"") + "\"");
        }
        assertThat(evaluate(file("plain.csv", plain))).as(errors()).isZero();
        JsonNode expected = json();
        out.reset();

        assertThat(evaluate(file("reordered.csv", reordered))).as(errors()).isZero();
        JsonNode actual = json();

        assertThat(actual.get("transactionRows")).isEqualTo(expected.get("transactionRows"));
        assertThat(actual.get("customers")).isEqualTo(expected.get("customers"));
        assertThat(actual.at("/bgnbd/parameters")).isEqualTo(expected.at("/bgnbd/parameters"));
        assertThat(actual.at("/gammaGamma/parameters")).isEqualTo(expected.at("/gammaGamma/parameters"));
    }

    @Test
    void oneCustomerExitsNonZeroWithTheReasonAndTheFix() throws IOException {
        Path csv = file(
                "one.csv",
                List.of("customerId,date,amount", "c1,2025-01-01,10", "c1,2025-03-01,12", "c1,2025-08-01,8"));

        assertThat(evaluate(csv)).isEqualTo(3);
        JsonNode json = json();
        assertThat(json.at("/status/kind").asText()).isEqualTo("NOT_IDENTIFIABLE");
        assertThat(json.at("/status/predictive").asBoolean()).isFalse();
        assertThat(json.at("/dataSufficiency/verdict").asText()).isEqualTo("INSUFFICIENT");
        assertThat(json.at("/dataSufficiency/reasons/0/code").asText()).isEqualTo("TOO_FEW_CUSTOMERS");
        assertThat(json.get("bgnbd").isNull()).isTrue();
        assertThat(errors()).contains("no prediction").contains("fix: more customers");
    }

    @Test
    void aCalibrationEndAfterTheDataExitsNonZero() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(run("evaluate", "--transactions", csv.toString(), "--calibration-end", "2026-06-30"))
                .isEqualTo(3);
        assertThat(json().at("/status/kind").asText()).isEqualTo("DEGENERATE_INPUTS");
        assertThat(errors()).contains("after the last transaction").contains("fix: end the calibration on or before");
    }

    @Test
    void aHoldoutEndAfterTheDataExitsNonZero() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--holdout-end", "2026-12-31")).isEqualTo(3);
        assertThat(json().at("/dataSufficiency/reasons/0/code").asText()).isEqualTo("HOLDOUT_BEYOND_DATA");
    }

    @Test
    void aHealthyLogReportsItsStatusAndVerdictAndPhaseTimes() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--verbose")).as(errors()).isZero();
        JsonNode json = json();
        assertThat(json.at("/status/predictive").asBoolean()).isTrue();
        assertThat(json.at("/status/kind").asText()).isIn("CONVERGED", "AT_BOUNDARY");
        assertThat(json.at("/dataSufficiency/verdict").asText()).isIn("SUFFICIENT", "LIMITED");
        assertThat(json.at("/holdout/actualTotal").asInt()).isPositive();
        assertThat(errors())
                .contains("read ")
                .contains("fit BG/NBD")
                .contains("holdout")
                .contains("total");
    }

    @Test
    void aSeasonCannotBeEstimatedFromLessThanAYearAndTheOutputSaysSo() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--season", "estimate")).as(errors()).isZero();
        JsonNode season = json().get("season");
        assertThat(season.get("source").asText()).isEqualTo("NONE");
        assertThat(season.get("note").asText())
                .contains("a season cannot be estimated")
                .contains("365");
    }

    @Test
    void anUnknownSeasonChoiceIsRefused() throws IOException {
        Path csv = file("ok.csv", log());

        assertThat(evaluate(csv, "--season", "monthly")).isEqualTo(2);
        assertThat(errors()).contains("--season 'monthly' is not a choice: use estimate or none");
    }

    /** 600 customers joining over two months and buying at their own rate until they stop, through September. */
    private static List<String> log() {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        lines.add("customerId,date,amount");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int c = 0; c < 600; c++) {
            LocalDate day = start.plusDays(random.nextInt(60));
            double rate = 0.005 + random.nextDouble() * 0.06;
            double stop = 0.05 + random.nextDouble() * 0.4;
            while (day.isBefore(LocalDate.of(2025, 10, 1))) {
                lines.add("cust-" + c + "," + day + "," + (5 + random.nextInt(50)) + ".25");
                day = day.plusDays(1 + (long) (-Math.log(random.nextDouble()) / rate));
                if (random.nextDouble() < stop) {
                    break;
                }
            }
        }
        return lines;
    }
}
