/**
 * Users, roles and HTTP security. Named so that the workflow module can give Camunda the same users and groups.
 */
@org.springframework.modulith.NamedInterface("security")
package dev.easel.system.security;
