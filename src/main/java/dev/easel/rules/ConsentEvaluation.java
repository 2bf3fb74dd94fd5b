package dev.easel.rules;

import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * May this customer's data be used, for each purpose? Runs {@code rules/consent/}.
 *
 * @param consents the latest consent record per purpose (none is a valid answer: rules decide what that means)
 */
public record ConsentEvaluation(LocalDate on, Customer customer, List<Consent> consents)
        implements Evaluation<ConsentDecision> {

    public ConsentEvaluation {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(customer, "customer");
        consents = List.copyOf(consents);
    }
}
