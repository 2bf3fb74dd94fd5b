package dev.easel.privacy.centre;

import dev.easel.commerce.Customers;
import dev.easel.consent.Purpose;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the shop's back end: a signed link to a customer's preference centre, or a short-lived token for the checkout
 * component. For compliance: a customer's consent receipts.
 */
@RestController
class PrivacyLinksController {

    private final PrivacyTokens tokens;
    private final Customers customers;
    private final ConsentReceipts receipts;
    private final PrivacyProperties properties;
    private final Clock clock;

    PrivacyLinksController(
            PrivacyTokens tokens,
            Customers customers,
            ConsentReceipts receipts,
            PrivacyProperties properties,
            Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.customers = customers;
        this.receipts = receipts;
        this.properties = properties;
    }

    /**
     * @param customerId  the shop's id of the customer (or {@code customerKey}, Easel's key)
     * @param purposes    the purposes the link may change; all when absent
     * @param use         PREFERENCES (default) or CHECKOUT
     */
    record LinkRequest(String customerId, String customerKey, List<String> purposes, String use) {}

    /** @param url absent for a checkout token, which the component posts and nobody opens */
    record Link(String url, String token, LinkUse use, Instant expiresAt) {}

    @PostMapping("/api/privacy/links")
    @PreAuthorize("hasAnyRole('INGEST', 'ADMIN')")
    ResponseEntity<Link> link(@RequestBody LinkRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LinkUse use = LinkUse.PREFERENCES;
        if (request.use() != null) {
            if (request.use().equals("CHECKOUT") || request.use().equals("PREFERENCES")) {
                use = LinkUse.valueOf(request.use());
            } else {
                problems.add(FieldProblem.of("use", "must be PREFERENCES or CHECKOUT"));
            }
        }
        Set<Purpose> purposes = EnumSet.allOf(Purpose.class);
        if (request.purposes() != null && !request.purposes().isEmpty()) {
            purposes = EnumSet.noneOf(Purpose.class);
            for (String code : request.purposes()) {
                try {
                    purposes.add(Purpose.fromCode(code));
                } catch (IllegalArgumentException e) {
                    problems.add(FieldProblem.of("purposes", e.getMessage()));
                }
            }
        }
        Optional<String> customerKey = customerKey(request);
        if (customerKey.isEmpty()) {
            problems.add(
                    FieldProblem.of(request.customerKey() != null ? "customerKey" : "customerId", "unknown customer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "The link request has invalid fields.", problems);
        }
        var validity = use == LinkUse.CHECKOUT ? properties.checkoutValidity() : properties.linkValidity();
        Instant expiresAt = clock.instant().plus(validity);
        String token = tokens.issue(customerKey.get(), purposes, use, expiresAt);
        String url = use == LinkUse.CHECKOUT ? null : link(properties.publicUrl(), token);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Link(url, token, use, expiresAt));
    }

    @GetMapping("/api/customers/{customerKey}/consent-receipts")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'AUDITOR', 'ADMIN')")
    List<ConsentReceipt> receipts(@PathVariable String customerKey) {
        return receipts.ofCustomer(customerKey);
    }

    @GetMapping("/api/privacy/receipts/{receiptId}")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'AUDITOR', 'ADMIN')")
    ResponseEntity<ConsentReceipt> receipt(@PathVariable String receiptId) {
        return ResponseEntity.of(receipts.find(receiptId));
    }

    @GetMapping(path = "/api/privacy/receipts/{receiptId}/pdf", produces = "application/pdf")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'AUDITOR', 'ADMIN')")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String receiptId) {
        return ResponseEntity.of(receipts.find(receiptId).map(ReceiptPdf::render));
    }

    static String link(URI publicUrl, String token) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/privacy/link/" + token;
    }

    private Optional<String> customerKey(LinkRequest request) {
        if (request.customerKey() != null && !request.customerKey().isBlank()) {
            return customers.find(request.customerKey()).map(customer -> request.customerKey());
        }
        if (request.customerId() != null && !request.customerId().isBlank()) {
            return Optional.ofNullable(
                    customers.keysBySourceIds(List.of(request.customerId())).get(request.customerId()));
        }
        return Optional.empty();
    }
}
