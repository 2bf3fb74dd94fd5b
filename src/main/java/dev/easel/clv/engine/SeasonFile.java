package dev.easel.clv.engine;

import dev.easel.clv.DeclaredSeasonFile;
import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.ModelChoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The analyst's season file ({@code easel.clv.model-choice.season-file}, default {@code model/season.csv}), reloaded
 * when it changes ({@link SeasonFileWatcher}) and read again at each fit, so that an edit counts from the next fit on.
 * Where the file is absent from the working directory the copy packaged in the jar ({@code easel/model/season.csv})
 * serves, as for {@code rules/}. A broken file is reported with every {@code file:line} and the last good season it
 * held keeps serving.
 */
@Component
final class SeasonFile implements DeclaredSeasonFile {

    private static final Logger log = LoggerFactory.getLogger(SeasonFile.class);

    static final String PACKAGED = "easel/model/season.csv";

    private final ModelChoiceProperties choice;
    private volatile DeclaredSeason lastGood;
    private volatile Instant loadedAt;
    private volatile List<String> problems = List.of();
    private volatile boolean watched;

    SeasonFile(ModelChoiceProperties choice) {
        this.choice = choice;
    }

    /**
     * @param season  the season to use, or null when none is declared or none good was ever read
     * @param problem what is wrong with the file now (every bad line), or null
     */
    record Reading(DeclaredSeason season, String problem) {}

    /**
     * The declared season a fit weighs (against an estimated one where the history allows): none when seasons are
     * NOT_USED; the file is read again first.
     */
    Reading read() {
        if (choice.season() == ModelChoice.SeasonSource.NOT_USED) {
            return new Reading(null, null);
        }
        // With ESTIMATED the file is optional: an absent one is no problem, the season is then estimated alone.
        if (choice.season() == ModelChoice.SeasonSource.ESTIMATED && absent(choice.seasonFile())) {
            return new Reading(null, null);
        }
        return reload();
    }

    /** Reads and validates the file now (whatever the season setting, so that an edit is checked as it is saved). */
    synchronized Reading reload() {
        Path file = choice.seasonFile();
        try {
            byte[] content = content(file);
            if (content == null) {
                return kept(List.of("the declared season file " + file + " cannot be read"));
            }
            DeclaredSeason season = DeclaredSeason.parse(file.toString(), content);
            if (lastGood == null || !lastGood.version().equals(season.version())) {
                log.info("Declared season {} read from {}", season.version(), file);
                loadedAt = Instant.now();
            }
            lastGood = season;
            problems = List.of();
            return new Reading(season, null);
        } catch (DeclaredSeason.Invalid e) {
            return kept(e.problems());
        } catch (IllegalArgumentException e) {
            return kept(List.of(e.getMessage()));
        } catch (IOException e) {
            return kept(List.of("the declared season file " + file + " cannot be read: " + e.getMessage()));
        }
    }

    private Reading kept(List<String> found) {
        if (!found.equals(problems)) {
            log.warn(
                    "The declared season file {} has problems, the last good season stays: {}",
                    choice.seasonFile(),
                    found);
        }
        problems = List.copyOf(found);
        DeclaredSeason previous = lastGood;
        String problem = String.join("\n", found);
        return new Reading(
                previous,
                previous == null
                        ? problem
                        : problem + " (the last good season, " + previous.version() + ", stays in use)");
    }

    void watched(boolean value) {
        watched = value;
    }

    @Override
    public Status status() {
        DeclaredSeason season = lastGood;
        List<Double> monthly = new ArrayList<>();
        if (season != null) {
            for (double m : season.profile().monthly()) {
                monthly.add(m);
            }
        }
        return new Status(
                choice.seasonFile().toString(),
                choice.season() != ModelChoice.SeasonSource.NOT_USED,
                watched,
                season == null ? null : season.version(),
                List.copyOf(monthly),
                season == null ? null : loadedAt,
                problems);
    }

    private static boolean absent(Path file) {
        try {
            return content(file) == null;
        } catch (IOException e) {
            return false;
        }
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
