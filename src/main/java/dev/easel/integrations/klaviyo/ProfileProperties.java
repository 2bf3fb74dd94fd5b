package dev.easel.integrations.klaviyo;

import java.util.Map;
import java.util.Optional;

/** The customer's current published CLV as Klaviyo profile properties; empty when none is published. */
@FunctionalInterface
interface ProfileProperties {

    Optional<Map<String, Object>> of(String customerKey);
}
