package dev.easel.integrations.shopify;

import dev.easel.shared.FieldProblem;
import java.time.Instant;
import java.util.List;

/**
 * A signed delivery Easel could not book, as an admin sees it: why, and what happened to it since. The payload itself
 * is not shown (it carries personal data); its size is.
 */
record QuarantinedDelivery(
        long id,
        String webhookId,
        String topic,
        Instant receivedAt,
        QuarantineState state,
        List<FieldProblem> reasons,
        int payloadSize,
        int attempts,
        String reference,
        Instant updatedAt,
        List<Transition> history) {

    record Transition(QuarantineAction action, String actor, Instant at, String note) {}
}
