package dev.easel.commerce;

/** One bad field of a request: {@code lines[0].quantity}, "must be at least 1". */
public record Violation(String field, String message) {
}
