package dev.easel.consent;

/**
 * A choice a customer made themselves (GIVEN or WITHDRAWN) with the notice they were shown.
 *
 * @param source         how it was collected, e.g. {@code PREFERENCE_CENTRE}, {@code CHECKOUT_COMPONENT}
 * @param wording        the notice's text for the purpose, as shown
 * @param noticeVersion  the notices' content hash
 * @param noticeLanguage the language shown
 * @param recordedBy     what recorded it (never a person's name): {@code privacy-centre}
 */
public record CustomerChoice(
        String customerKey,
        Purpose purpose,
        ConsentStatus status,
        String source,
        String policyVersion,
        String wording,
        String noticeVersion,
        String noticeLanguage,
        String recordedBy) {

    public CustomerChoice {
        if (status != ConsentStatus.GIVEN && status != ConsentStatus.WITHDRAWN) {
            throw new IllegalArgumentException("A customer's own choice gives or withdraws consent, not " + status);
        }
    }
}
