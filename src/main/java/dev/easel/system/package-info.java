/**
 * Cross-cutting ground: security (users, roles, masking), problem+json errors and the demo marketplace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package dev.easel.system;
