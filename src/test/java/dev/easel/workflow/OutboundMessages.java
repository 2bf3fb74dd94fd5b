package dev.easel.workflow;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Stands in for the integrations that listen to the outbox relay. */
@TestComponent
public class OutboundMessages {

    public final List<OutboundMessage> messages = new ArrayList<>();

    @EventListener
    void on(OutboundMessage message) {
        messages.add(message);
    }
}
