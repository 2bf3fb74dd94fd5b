package dev.easel.consent;

import java.util.List;
import java.util.Optional;

/** Receives data-subject requests and tracks them against their legal deadline. */
public interface DataSubjectRequests {

    /**
     * @param customerKey      the customer, or null when the sender names someone Easel does not know
     * @param subjectReference the sender's pseudonymous id of the person (never an email)
     */
    DataSubjectRequest open(
            DataSubjectRequest.Type type,
            Regulation regulation,
            String customerKey,
            String subjectReference,
            String source);

    List<DataSubjectRequest> open();

    Optional<DataSubjectRequest> find(long id);

    List<DataSubjectRequest> ofCustomer(String customerKey);

    /** Marks the customer's open requests of this type answered. */
    void completed(String customerKey, DataSubjectRequest.Type type, String by);
}
