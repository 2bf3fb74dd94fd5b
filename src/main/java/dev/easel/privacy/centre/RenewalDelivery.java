package dev.easel.privacy.centre;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.Customers;
import dev.easel.workflow.OutboundMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands each renewal request the outbox relays to the configured sender, with the link made for it. Without a sender,
 * or when sending fails, the link stays unsent for compliance to pass on; a failure never holds up the outbox. The
 * address is read from the commerce module for the delivery only and never logged.
 */
@Component
class RenewalDelivery {

    static final String TOPIC = "consent.renewal-requested";
    private static final Logger log = LoggerFactory.getLogger(RenewalDelivery.class);

    private final Optional<RenewalSender> sender;
    private final RenewalLinks links;
    private final Customers customers;
    private final ObjectMapper json;

    RenewalDelivery(Optional<RenewalSender> sender, RenewalLinks links, Customers customers, ObjectMapper json) {
        this.sender = sender;
        this.links = links;
        this.customers = customers;
        this.json = json;
    }

    @EventListener
    void on(OutboundMessage message) {
        if (!TOPIC.equals(message.topic()) || sender.isEmpty()) {
            return;
        }
        try {
            JsonNode payload = json.readTree(message.payload());
            String customerKey = payload.path("customerKey").asText();
            Optional<RenewalLink> link =
                    links.latest(customerKey, payload.path("purpose").asText()).filter(found -> found.sentAt() == null);
            Optional<String> address = customers
                    .find(customerKey)
                    .map(CustomerDetails::contact)
                    .map(CustomerDetails.Contact::email)
                    .filter(email -> !email.isBlank());
            if (link.isPresent() && address.isPresent()) {
                sender.get().send(link.get(), address.get());
                links.markSent(link.get().id(), sender.get().name());
            }
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn(
                    "Renewal link for outbox message {} not sent ({}); compliance sees it as unsent",
                    message.id(),
                    e.getClass().getSimpleName());
        }
    }
}
