package dev.easel.privacy.centre;

import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Consents;
import dev.easel.consent.CustomerChoice;
import dev.easel.consent.Purpose;
import dev.easel.privacy.notices.LanguageNotices;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.notices.Notices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own choice, recorded through the consent module (so the rules, the recalculation and the audit trail
 * follow as for any consent) with the notice they read, and its receipt, in one transaction.
 */
@Service
public class CustomerChoices {

    static final String RECORDED_BY = "privacy-centre";

    private final Consents consents;
    private final ConsentReceipts receipts;
    private final NoticeLibrary notices;

    CustomerChoices(Consents consents, ConsentReceipts receipts, NoticeLibrary notices) {
        this.consents = consents;
        this.receipts = receipts;
        this.notices = notices;
    }

    /**
     * @param source   {@link Source} name as the receipt's collection method
     * @param language the language of the notice the customer read
     * @return the receipt's id
     */
    @Transactional
    public String record(String customerKey, Purpose purpose, ConsentStatus status, Source source, String language) {
        Notices current = notices.current();
        LanguageNotices shown = current.in(language, null);
        ConsentEvent event = consents.recordCustomerChoice(new CustomerChoice(
                customerKey,
                purpose,
                status,
                source.name(),
                shown.policyVersion(),
                shown.purpose(purpose).wording(),
                current.version(),
                shown.language(),
                RECORDED_BY));
        return receipts.issue(event);
    }

    /**
     * A consent answered in a survey: recorded with the question's wording as the notice shown, the survey tool as the
     * method of collection.
     */
    @Transactional
    public String recordSurveyAnswer(
            String customerKey, Purpose purpose, ConsentStatus status, String wording, String tool) {
        Notices current = notices.current();
        LanguageNotices shown = current.in(null, null);
        ConsentEvent event = consents.recordCustomerChoice(new CustomerChoice(
                customerKey,
                purpose,
                status,
                Source.SURVEY.name() + ":" + tool,
                shown.policyVersion(),
                wording,
                current.version(),
                null,
                RECORDED_BY));
        return receipts.issue(event);
    }

    /** Where the customer made the choice: the receipt's method of collection. */
    public enum Source {
        PREFERENCE_CENTRE,
        RENEWAL_LINK,
        CHECKOUT_COMPONENT,
        SURVEY
    }
}
