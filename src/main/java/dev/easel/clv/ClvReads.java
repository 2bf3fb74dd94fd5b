package dev.easel.clv;

import java.util.Optional;

/** Reading a customer's CLV for the API: the value with every Klaviyo predictive field, and why it is what it is. */
public interface ClvReads {

    Optional<ClvProfile> profile(String customerKey);

    /** The right to an explanation of automated decisions (GDPR Art. 15(1)(h)); pseudonymous keys only. */
    Optional<ClvExplanation> explanation(String customerKey);
}
