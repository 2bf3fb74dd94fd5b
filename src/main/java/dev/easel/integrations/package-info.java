/**
 * Adapters to the tools a marketplace already runs: Shopify webhooks and Segment-spec events in, CLV profile
 * properties out to Klaviyo. They map into the commerce and consent modules' public APIs and keep no ledger of their
 * own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrations")
package dev.easel.integrations;
