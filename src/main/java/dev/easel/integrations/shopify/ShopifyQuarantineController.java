package dev.easel.integrations.shopify;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarantine of Shopify deliveries, for ADMIN: list and read (reasons and history, never the payload), replay
 * after a rule or mapping change, or discard with a reason. Each replay and discard is recorded with who and when.
 */
@RestController
@RequestMapping("/api/integrations/shopify/quarantine")
@PreAuthorize("hasRole('ADMIN')")
class ShopifyQuarantineController {

    private static final int MAX_PAGE = 500;

    private final ShopifyQuarantine quarantine;
    private final ShopifyWebhooks webhooks;

    ShopifyQuarantineController(ShopifyQuarantine quarantine, ShopifyWebhooks webhooks) {
        this.quarantine = quarantine;
        this.webhooks = webhooks;
    }

    /** Newest first; {@code state} narrows (QUARANTINED, REPLAYED, DISCARDED), {@code beforeId} pages. */
    @GetMapping
    List<QuarantinedDelivery> list(
            @RequestParam(required = false) QuarantineState state,
            @RequestParam(required = false) Long beforeId,
            @RequestParam(defaultValue = "100") int limit) {
        return quarantine.list(state, beforeId, Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @GetMapping("/{id}")
    QuarantinedDelivery one(@PathVariable long id) {
        return quarantine.find(id).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "No quarantined Shopify delivery " + id + ".");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    @PostMapping("/{id}/replay")
    QuarantinedDelivery replay(@PathVariable long id, Principal user) {
        return webhooks.replay(id, user.getName());
    }

    @PostMapping("/{id}/discard")
    QuarantinedDelivery discard(@PathVariable long id, @RequestBody(required = false) Discard request, Principal user) {
        return webhooks.discard(id, user.getName(), request == null ? null : request.reason());
    }

    /** Why the delivery is dropped, for the record (at most 500 characters are kept). */
    record Discard(String reason) {}
}
