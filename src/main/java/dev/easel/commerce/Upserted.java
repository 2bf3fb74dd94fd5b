package dev.easel.commerce;

/** A seller or promotion stored by its id: new, or an update of the known one. */
public record Upserted(String id, boolean created) {}
