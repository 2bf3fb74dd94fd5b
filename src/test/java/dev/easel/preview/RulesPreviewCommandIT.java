package dev.easel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.rules.RulesFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/easel.jar rules preview DIR}, as the README documents it, in a process of its own on a
 * fresh embedded H2 file with a small demo marketplace: a copy of rules/ whose minors rule takes every customer of
 * known age for a minor is reported over every customer of the database, every eligibility it changes turns to
 * SUPPRESSED and belongs to a customer of known age; a folder that does not build, or does not exist, exits 1 with
 * file and line.
 */
class RulesPreviewCommandIT {

    private static final int DEMO_CUSTOMERS = 150;

    @TempDir
    Path work;

    @Test
    void reportsOverEveryCustomerWhatAStricterMinorsRuleWouldSuppress() throws Exception {
        Path rules = RulesFolders.copyOfProjectRules(work.resolve("candidate-rules"));
        Path minors = rules.resolve("consent/minors.drl");
        String text = Files.readString(minors);
        String condition = "youngestAgeOn( $today ) < $minimumAge )";
        assertThat(text).contains(condition);
        Files.writeString(minors, text.replace(condition, "youngestAgeOn( $today ) < $minimumAge + 200 )"));

        Run run = preview(rules.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + work.resolve("data/easel") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "easel",
                "easel")) {
            long customers = count(db, "SELECT COUNT(*) FROM customers");
            long ofKnownAge = count(db, "SELECT COUNT(*) FROM customers WHERE birth_year IS NOT NULL");
            assertThat(customers).isPositive();
            assertThat(report.get("customers").asLong()).isEqualTo(customers);
            assertThat(ofKnownAge).as("customers of known age in the demo").isPositive();
            long moved = 0;
            for (JsonNode transition : report.get("eligibilityTransitions")) {
                assertThat(transition.get("to").asText()).isEqualTo("SUPPRESSED");
                moved += transition.get("customers").asLong();
            }
            assertThat(report.get("eligibilityChanged").asLong())
                    .isEqualTo(moved)
                    .isPositive()
                    .isLessThanOrEqualTo(ofKnownAge);
            assertThat(report.get("customersChanged").asLong()).isGreaterThanOrEqualTo(moved);
            for (JsonNode changed : report.get("sample")) {
                String key = changed.get("customerKey").asText();
                if (!changed.get("live")
                        .get("eligibility")
                        .asText()
                        .equals(changed.get("candidate").get("eligibility").asText())) {
                    assertThat(count(
                                    db,
                                    "SELECT COUNT(*) FROM customers WHERE customer_key = '" + key
                                            + "' AND birth_year IS NOT NULL"))
                            .as(key)
                            .isOne();
                }
            }
        }
        assertThat(report.get("rulesFiringDifferently").toString())
                .contains("A customer known to be under the law's minimum age is suppressed for every purpose");
    }

    @Test
    void aFolderThatDoesNotBuildOrDoesNotExistExitsOneWithFileAndLine() throws Exception {
        Path rules = RulesFolders.copyOfProjectRules(work.resolve("broken-rules"));
        Files.writeString(rules.resolve("clv/broken.drl"), "package clv;\n\nrule \"broken\" when then x( end\n");

        Run broken = preview(rules.toString());
        Run missing = preview(work.resolve("no-such-folder").toString());

        assertThat(broken.exit()).isOne();
        assertThat(broken.out()).isBlank();
        assertThat(broken.err()).containsPattern("broken\\.drl:\\d+");
        assertThat(missing.exit()).isOne();
        assertThat(missing.err()).contains("no-such-folder:0: no such rules folder");
    }

    private record Run(int exit, String out, String err) {}

    /** The packaged jar in {@code work}, so that its embedded H2 file is a fresh one there. */
    private Run preview(String folder) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("easel.service-jar", "target/easel.jar"))
                .toAbsolutePath();
        assertThat(jar)
                .as("the packaged service, built by ./mvnw verify before the integration tests")
                .isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "rules",
                "preview",
                folder,
                "--easel.demo.customers=" + DEMO_CUSTOMERS));
        Path out = Files.createTempFile(work, "preview-", ".out");
        Path err = Files.createTempFile(work, "preview-", ".err");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("rules preview did not finish in 10 minutes: " + Files.readString(err));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
