package dev.easel.workflow;

/**
 * A message for other systems (marketing tools), published by the outbox relay after the decision that caused it has
 * committed. Delivered at least once: {@code id} lets a receiver drop a repeat.
 *
 * @param topic   for example {@code consent.renewal-requested}
 * @param key     the pseudonymous customer key
 * @param payload JSON, pseudonymous keys and values only
 */
public record OutboundMessage(long id, String topic, String key, String payload) {}
