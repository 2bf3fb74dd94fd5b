package dev.easel.consent;

/** The GDPR Art. 6 basis the event relies on. */
public enum LawfulBasis {
    CONSENT,
    LEGITIMATE_INTEREST,
    CONTRACT
}
