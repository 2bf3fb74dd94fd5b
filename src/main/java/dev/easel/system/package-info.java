/**
 * The ground floor: security (users, roles, masking), problem+json errors and the API description's frame. It depends
 * on no other Easel module (only on {@code shared}), so that every module may build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package dev.easel.system;
