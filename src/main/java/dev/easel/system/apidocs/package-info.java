/**
 * The API description ({@code /v3/api-docs}, Swagger UI): roles, problem+json errors and security added to what
 * springdoc reads from the controllers.
 */
package dev.easel.system.apidocs;
