package dev.easel.consent;

/**
 * GIVEN and WITHDRAWN are consent itself; OBJECTED is an objection under GDPR Art. 21 (to processing on any basis);
 * OPTED_OUT is an opt-out of sale or sharing (CCPA/CPRA), including a Global Privacy Control signal.
 */
public enum ConsentStatus {
    GIVEN,
    WITHDRAWN,
    OBJECTED,
    OPTED_OUT
}
