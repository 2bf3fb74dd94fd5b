package dev.easel.integrations.mapping;

import dev.easel.commerce.SellerRequest;
import dev.easel.commerce.Sellers;
import dev.easel.integrations.IntegrationsProperties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * The first-party seller that adapter orders are booked to (see {@link IntegrationsProperties.Seller}). Written once
 * per run from configuration, in its own transaction, so that a fresh database needs no manual set-up.
 */
@Component
public class FirstPartySeller {

    private final Sellers sellers;
    private final IntegrationsProperties.Seller settings;
    private final AtomicBoolean ensured = new AtomicBoolean();

    FirstPartySeller(Sellers sellers, IntegrationsProperties properties) {
        this.sellers = sellers;
        this.settings = properties.seller();
    }

    public String id() {
        return settings.id();
    }

    /** Call before, not inside, the transaction that books the order. */
    public void ensure() {
        if (!ensured.get()) {
            sellers.record(
                    new SellerRequest(settings.id(), settings.name(), "FIRST_PARTY", null, settings.country(), null));
            ensured.set(true);
        }
    }
}
