package dev.easel.integrations.segment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.consent.Consents;
import dev.easel.consent.GlobalPrivacyControl;
import dev.easel.integrations.mapping.LedgerCustomers;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/events/segment}: one Segment message. A browser's {@code Sec-GPC: 1}, forwarded with the message,
 * records the customer's opt-out of sale and sharing, even when the message itself is refused.
 */
@RestController
class SegmentController {

    private final SegmentEvents events;
    private final LedgerCustomers customers;
    private final Consents consents;

    SegmentController(SegmentEvents events, LedgerCustomers customers, Consents consents) {
        this.events = events;
        this.customers = customers;
        this.consents = consents;
    }

    @PostMapping("/api/events/segment")
    @PreAuthorize("hasAnyRole('INGEST', 'ADMIN')")
    SegmentReceipt receive(
            @RequestBody JsonNode message,
            @RequestHeader(name = GlobalPrivacyControl.HEADER, required = false) String gpc,
            Principal principal) {
        try {
            return events.receive(message);
        } finally {
            if (GlobalPrivacyControl.signalled(gpc)) {
                honour(message, principal.getName());
            }
        }
    }

    /** A signal from someone Easel does not know cannot be stored against anyone: there is no one to opt out. */
    private void honour(JsonNode message, String recordedBy) {
        String customerId = SegmentMapper.customerId(message);
        String key = customerId == null ? null : customers.keyOf(customerId);
        if (key != null) {
            consents.recordGlobalPrivacyControl(key, recordedBy);
        }
    }
}
