package dev.easel.privacy.notices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded version of the notices folder: the notices per language and the survey mapping.
 *
 * @param version         SHA-256 over the folder's files, recorded with every consent captured from these texts
 * @param defaultLanguage the language shown when the visitor's is not offered
 */
public record Notices(
        String version,
        String location,
        Map<String, LanguageNotices> languages,
        String defaultLanguage,
        SurveyMap surveys) {

    public Notices {
        languages = Map.copyOf(languages);
    }

    /** The first twelve characters of the version: enough to tell versions apart on a page. */
    public String shortVersion() {
        return version.substring(0, 12);
    }

    public List<String> languageCodes() {
        return languages.keySet().stream().sorted().toList();
    }

    /**
     * The notices in the language asked for ({@code ?lang=}), else the first of the browser's languages offered,
     * else the default.
     */
    public LanguageNotices in(String requested, String acceptLanguage) {
        return Optional.ofNullable(requested)
                .map(language -> languages.get(language.toLowerCase(Locale.ROOT)))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(languages.get(defaultLanguage));
    }

    private Optional<LanguageNotices> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (languages.containsKey(language)) {
                    return Optional.of(languages.get(language));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
