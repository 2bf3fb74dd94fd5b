package dev.easel.privacy.centre;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A consent receipt with the fields of the Kantara Initiative Consent Receipt Specification (v1.1) that apply to
 * Easel, plus what the consent event itself records (status, lawful basis, the notice's version and language).
 * {@code piiPrincipalId} is the customer's pseudonymous key: a receipt carries no contact data.
 */
public record ConsentReceipt(
        String version,
        String jurisdiction,
        long consentTimestamp,
        String collectionMethod,
        @JsonProperty("consentReceiptID") String consentReceiptId,
        String language,
        String piiPrincipalId,
        List<Controller> piiControllers,
        String policyUrl,
        String policyVersion,
        String noticeVersion,
        List<Service> services,
        boolean sensitive,
        List<String> spiCat,
        String status,
        String lawfulBasis) {

    public static final String SPECIFICATION = "KI-CR-v1.1.0";

    public record Controller(String piiController, String contact, String address, String email) {}

    public record Service(String service, List<ServicePurpose> purposes) {}

    /** @param purpose the notice's words for the purpose, as the customer read them */
    public record ServicePurpose(
            String purpose,
            List<String> purposeCategory,
            String consentType,
            List<String> piiCategory,
            boolean primaryPurpose,
            String termination,
            boolean thirdPartyDisclosure) {}
}
