package dev.easel.clv.engine;

import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.ModelChoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The analyst's season file ({@code easel.clv.model-choice.season-file}, default {@code model/season.csv}), read at
 * each fit so that an edit counts from the next fit on. Where the file is absent from the working directory the copy
 * packaged in the jar ({@code easel/model/season.csv}) serves, as for {@code rules/}. A broken file is reported with
 * every {@code file:line} and the last good season it held keeps serving.
 */
final class SeasonFile {

    static final String PACKAGED = "easel/model/season.csv";

    private final ModelChoiceProperties choice;
    private volatile DeclaredSeason lastGood;

    SeasonFile(ModelChoiceProperties choice) {
        this.choice = choice;
    }

    /**
     * @param season  the season to use, or null when none is declared or none good was ever read
     * @param problem what is wrong with the file now (every bad line), or null
     */
    record Reading(DeclaredSeason season, String problem) {}

    Reading read() {
        if (choice.season() != ModelChoice.SeasonSource.DECLARED) {
            return new Reading(null, null);
        }
        Path file = choice.seasonFile();
        try {
            byte[] content = content(file);
            if (content == null) {
                return kept("the declared season file " + file + " cannot be read");
            }
            DeclaredSeason season = DeclaredSeason.parse(file.toString(), content);
            lastGood = season;
            return new Reading(season, null);
        } catch (IllegalArgumentException e) {
            return kept(e.getMessage());
        } catch (IOException e) {
            return kept("the declared season file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private Reading kept(String problem) {
        DeclaredSeason previous = lastGood;
        return new Reading(
                previous,
                previous == null
                        ? problem
                        : problem + " (the last good season, " + previous.version() + ", stays in use)");
    }

    /** The file's bytes, or the packaged copy's when the file is the default one and absent; null without either. */
    private static byte[] content(Path file) throws IOException {
        if (Files.isReadable(file)) {
            return Files.readAllBytes(file);
        }
        if (file.isAbsolute() || !file.normalize().equals(Path.of("model", "season.csv"))) {
            return null;
        }
        try (InputStream packaged = SeasonFile.class.getClassLoader().getResourceAsStream(PACKAGED)) {
            return packaged == null ? null : packaged.readAllBytes();
        }
    }
}
