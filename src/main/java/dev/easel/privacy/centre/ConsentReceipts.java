package dev.easel.privacy.centre;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.Consents;
import dev.easel.consent.Purpose;
import dev.easel.privacy.notices.LanguageNotices;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.notices.PurposeNotice;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Issues a receipt for each consent a customer gives or withdraws through Easel, and rebuilds it on request from the
 * consent event it stands for, so that a receipt never says anything the evidence does not.
 */
@Service
public class ConsentReceipts {

    private static final String SERVICE = "Easel customer lifetime value";

    private final ReceiptStore store;
    private final Consents consents;
    private final Customers customers;
    private final NoticeLibrary notices;
    private final PrivacyProperties properties;

    ConsentReceipts(
            ReceiptStore store,
            Consents consents,
            Customers customers,
            NoticeLibrary notices,
            PrivacyProperties properties) {
        this.store = store;
        this.consents = consents;
        this.customers = customers;
        this.notices = notices;
        this.properties = properties;
    }

    /** In the caller's transaction, beside the consent event. */
    String issue(ConsentEvent event) {
        String jurisdiction = customers
                .find(event.customerKey())
                .map(CustomerDetails::country)
                .filter(country -> country != null && !country.isBlank())
                .orElse(properties.controller().jurisdiction());
        String id = UUID.randomUUID().toString();
        store.insert(new ReceiptStore.Row(id, event.id(), event.customerKey(), jurisdiction, event.recordedAt()));
        return id;
    }

    public Optional<ConsentReceipt> find(String receiptId) {
        return store.find(receiptId).flatMap(this::receipt);
    }

    /** A customer's own receipt: empty as well when it exists but is someone else's. */
    public Optional<ConsentReceipt> findOf(String customerKey, String receiptId) {
        return store.find(receiptId)
                .filter(row -> row.customerKey().equals(customerKey))
                .flatMap(this::receipt);
    }

    public List<ConsentReceipt> ofCustomer(String customerKey) {
        return store.ofCustomer(customerKey).stream()
                .flatMap(row -> receipt(row).stream())
                .toList();
    }

    private Optional<ConsentReceipt> receipt(ReceiptStore.Row row) {
        return consents.find(row.consentEventId()).map(event -> receipt(row, event));
    }

    private ConsentReceipt receipt(ReceiptStore.Row row, ConsentEvent event) {
        String language = event.noticeLanguage() == null ? "en" : event.noticeLanguage();
        LanguageNotices shown = notices.current().in(language, null);
        PurposeNotice notice = shown.purpose(event.purpose());
        var controller = properties.controller();
        return new ConsentReceipt(
                ConsentReceipt.SPECIFICATION,
                row.jurisdiction(),
                event.capturedAt().getEpochSecond(),
                event.source(),
                row.receiptId(),
                language,
                event.customerKey(),
                List.of(new ConsentReceipt.Controller(
                        controller.name(), controller.contact(), controller.address(), controller.contact())),
                shown.policyUrl(),
                event.policyVersion(),
                event.noticeVersion(),
                List.of(new ConsentReceipt.Service(
                        SERVICE,
                        List.of(new ConsentReceipt.ServicePurpose(
                                event.wording(),
                                List.of(category(event.purpose())),
                                "EXPLICIT",
                                List.of("purchase history"),
                                true,
                                notice.retention(),
                                event.purpose() == Purpose.MARKETING_SYNC)))),
                false,
                List.of(),
                event.status().name(),
                event.lawfulBasis().name());
    }

    private static String category(Purpose purpose) {
        return switch (purpose) {
            case CLV_PROFILING -> "profiling";
            case MARKETING_SYNC -> "marketing";
        };
    }
}
