package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.DeclaredSeasonFile;
import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.ModelChoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's season file as the service reads it at each fit. */
class SeasonFileTests {

    @TempDir
    Path folder;

    @Test
    void anEditCountsAtTheNextReadAndABrokenFileNamesItsLinesAndKeepsTheLastGoodSeason() throws IOException {
        Path file = folder.resolve("season.csv");
        SeasonFile seasons = new SeasonFile(new ModelChoiceProperties(3, 90, ModelChoice.SeasonSource.DECLARED, file));
        Files.writeString(file, "when, intensity\nNov, 1.4\nDec, 1.8\n");

        SeasonFile.Reading first = seasons.read();
        Files.writeString(file, "when, intensity\nSep, 1.3\nDec, 1.8\n");
        SeasonFile.Reading edited = seasons.read();
        Files.writeString(file, "when, intensity\nSep, 1.3\nDecember, lots\nSomewhen, 2\n");
        SeasonFile.Reading broken = seasons.read();

        assertThat(first.problem()).isNull();
        assertThat(edited.problem()).isNull();
        assertThat(edited.season().version()).isNotEqualTo(first.season().version());
        assertThat(broken.problem())
                .contains(file + ":3:")
                .contains(file + ":4:")
                .contains("the last good season, " + edited.season().version() + ", stays in use");
        assertThat(broken.season()).isSameAs(edited.season());
    }

    @Test
    void anEditIsReloadedAsItIsSavedAndABrokenOneIsShownWithItsLinesWhileTheLastGoodSeasonStays() throws Exception {
        Path file = folder.resolve("season.csv");
        Files.writeString(file, "when, intensity\nNov, 1.4\nDec, 1.8\n");
        ModelChoiceProperties choice = new ModelChoiceProperties(3, 90, ModelChoice.SeasonSource.DECLARED, file);
        SeasonFile seasons = new SeasonFile(choice);
        SeasonFileWatcher watcher = new SeasonFileWatcher(seasons, choice, true, Duration.ofMillis(50));
        watcher.start();
        try {
            DeclaredSeasonFile.Status first = seasons.status();
            assertThat(first.watched()).isTrue();
            assertThat(first.used()).isTrue();
            assertThat(first.version()).startsWith("season-");
            assertThat(first.monthly()).hasSize(12);
            assertThat(first.problems()).isEmpty();

            Files.writeString(file, "when, intensity\nSep, 1.3\nDec, 1.8\n");
            DeclaredSeasonFile.Status edited =
                    awaitStatus(seasons, s -> !first.version().equals(s.version()));
            assertThat(edited.monthly().get(8)).isGreaterThan(edited.monthly().get(0));
            assertThat(edited.problems()).isEmpty();

            Files.writeString(file, "when, intensity\nSep, 1.3\nDecember, lots\nSomewhen, 2\n");
            DeclaredSeasonFile.Status broken =
                    awaitStatus(seasons, s -> !s.problems().isEmpty());
            assertThat(broken.problems())
                    .anySatisfy(p -> assertThat(p).startsWith(file + ":3:"))
                    .anySatisfy(p -> assertThat(p).startsWith(file + ":4:"));
            assertThat(broken.version()).as("the last good season stays").isEqualTo(edited.version());
            assertThat(seasons.read().season().version()).isEqualTo(edited.version());

            Files.writeString(file, "when, intensity\nSep, 1.3\nDec, 1.8\n");
            DeclaredSeasonFile.Status mended =
                    awaitStatus(seasons, s -> s.problems().isEmpty());
            assertThat(mended.version()).isEqualTo(edited.version());
        } finally {
            watcher.stop();
        }
        assertThat(seasons.status().watched()).isFalse();
    }

    private static DeclaredSeasonFile.Status awaitStatus(
            SeasonFile seasons, java.util.function.Predicate<DeclaredSeasonFile.Status> reached)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            DeclaredSeasonFile.Status status = seasons.status();
            if (reached.test(status)) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the season file was not reloaded within 20 s: " + seasons.status());
    }

    @Test
    void withoutAGoodSeasonEverReadThereIsNoneAndTheProblemSaysWhy() {
        Path missing = folder.resolve("absent.csv");
        SeasonFile seasons =
                new SeasonFile(new ModelChoiceProperties(3, 90, ModelChoice.SeasonSource.DECLARED, missing));

        SeasonFile.Reading reading = seasons.read();

        assertThat(reading.season()).isNull();
        assertThat(reading.problem()).contains(missing + " cannot be read");
    }

    @Test
    void anAbsentSeasonFileIsNoProblemWhenTheSeasonIsEstimated() {
        SeasonFile seasons = new SeasonFile(
                new ModelChoiceProperties(3, 90, ModelChoice.SeasonSource.ESTIMATED, folder.resolve("absent.csv")));

        assertThat(seasons.read()).isEqualTo(new SeasonFile.Reading(null, null));
    }

    @Test
    void theJarCarriesTheProjectsSeasonFileForWhereTheWorkingDirectoryHasNone() throws IOException {
        try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(SeasonFile.PACKAGED)) {
            assertThat(packaged).isNotNull();
            byte[] content = packaged.readAllBytes();
            assertThat(content).isEqualTo(Files.readAllBytes(Path.of("model", "season.csv")));
            assertThat(DeclaredSeason.parse("season.csv", content).periods()).isNotEmpty();
        }
        assertThat(new String(Files.readAllBytes(Path.of("model", "season.csv")), StandardCharsets.UTF_8))
                .contains("when, intensity");
    }
}
