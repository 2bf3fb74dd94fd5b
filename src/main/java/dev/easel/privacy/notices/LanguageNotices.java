package dev.easel.privacy.notices;

import dev.easel.consent.Purpose;
import java.util.Map;

/** The notices in one language: the policy link and version, the page's words, and a notice per purpose. */
public record LanguageNotices(
        String language,
        String languageName,
        String policyUrl,
        String policyVersion,
        String heading,
        String intro,
        Map<String, String> ui,
        Map<Purpose, PurposeNotice> purposes) {

    public LanguageNotices {
        ui = Map.copyOf(ui);
        purposes = Map.copyOf(purposes);
    }

    public PurposeNotice purpose(Purpose purpose) {
        return purposes.get(purpose);
    }

    /** A word of the page ({@code save}, {@code withdraw}, ...). */
    public String ui(String key) {
        return ui.getOrDefault(key, key);
    }
}
