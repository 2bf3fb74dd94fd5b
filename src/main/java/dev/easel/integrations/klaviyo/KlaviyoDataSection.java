package dev.easel.integrations.klaviyo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.CustomerDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What Easel sent, or is about to send, to Klaviyo for a customer; erasure takes it off their Klaviyo profile. */
@Component
class KlaviyoDataSection implements CustomerDataSection {

    private final KlaviyoOutbox outbox;
    private final KlaviyoSync sync;
    private final ObjectMapper json;

    KlaviyoDataSection(KlaviyoOutbox outbox, KlaviyoSync sync, ObjectMapper json) {
        this.outbox = outbox;
        this.sync = sync;
        this.json = json;
    }

    @Override
    public String name() {
        return "klaviyo";
    }

    @Override
    public Object export(String customerKey) {
        return outbox.find(customerKey)
                .map(entry -> {
                    Map<String, Object> section = new LinkedHashMap<>();
                    section.put("externalId", entry.customerKey());
                    section.put("synced", entry.synced());
                    section.put("lastSentProperties", properties(entry));
                    section.put("state", entry.state());
                    section.put("sentAt", entry.sentAt());
                    return (Object) section;
                })
                .orElse(Map.of());
    }

    private JsonNode properties(OutboxEntry entry) {
        try {
            return entry.properties() == null ? null : json.readTree(entry.properties());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outbox holds JSON it wrote itself", e);
        }
    }

    @Override
    public void erase(String customerKey) {
        sync.clear(customerKey);
    }
}
