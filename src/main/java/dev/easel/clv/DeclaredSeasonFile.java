package dev.easel.clv;

import java.time.Instant;
import java.util.List;

/**
 * The analyst's season file ({@code model/season.csv}) as the service holds it: watched and reloaded when it
 * changes, validated, the last good season kept while the file is broken. Fits use the season in service.
 */
public interface DeclaredSeasonFile {

    Status status();

    /**
     * @param file     the file as configured
     * @param used     whether fits weigh the declared season (against an estimated one where the history spans a year)
     * @param watched  whether edits are picked up as they are saved
     * @param version  the last good season's version ({@code season-} and 12 hex digits), null when none was read
     * @param monthly  its twelve monthly intensities (January first, a year averaging 1), empty when none
     * @param loadedAt when the last good season was read
     * @param problems the file's problems as it is now, each {@code file:line: message}; empty when it is good
     */
    record Status(
            String file,
            boolean used,
            boolean watched,
            String version,
            List<Double> monthly,
            Instant loadedAt,
            List<String> problems) {}
}
