package dev.easel.audit;

/** What kind of decision a record holds. */
public enum DecisionKind {
    CLV_PUBLISHED,
    CLV_SUPPRESSED,
    CLV_FLAGGED,
    CLV_APPROVED,
    CLV_REJECTED,
    CLV_ESCALATED,
    /** A newer result replaced the one a review was open for; the review ended without a decision. */
    CLV_REVIEW_SUPERSEDED,
    /** A reviewer approved, but nothing could be published (consent no longer allows it, or a newer result). */
    CLV_APPROVAL_WITHHELD,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    CONSENT_OBJECTED,
    CONSENT_OPTED_OUT,
    CONSENT_RENEWAL_REQUESTED,
    CONSENT_LAPSED,
    RULES_RELOADED,
    /** A kept ruleset serves a share of customers or all of them: a promotion, staged share or rollback. */
    RULES_PROMOTED,
    /** A candidate ruleset was evaluated in shadow beside the one in service; nothing was decided for customers. */
    RULES_IMPACT_EVALUATED,
    MODEL_FITTED,
    /** A kept fit serves from now on instead of another: a candidate's promotion or a rollback. */
    MODEL_PROMOTED,
    /** A candidate fit was evaluated in shadow beside the fit in service; nothing was decided for customers. */
    MODEL_IMPACT_EVALUATED,
    REPORT_RENDERED,
    DATA_SUBJECT_REQUEST_OPENED,
    DATA_SUBJECT_REQUEST_COMPLETED,
    CUSTOMER_ERASED,
    /** A compliance officer had a customer's contact data shown unmasked, with the reason they gave. */
    CONTACT_REVEALED
}
