package dev.easel.clv;

import dev.easel.rules.facts.CustomerFeedback;
import java.util.List;

/**
 * What customers told us (surveys, the renewal page), for the review rules. Provided by the privacy centre; without
 * one, the review rules see no feedback.
 */
public interface CustomerFeedbackSource {

    /** The customer's feedback, newest answer per question; empty for most customers, and cheaply so. */
    List<CustomerFeedback> of(String customerKey);
}
